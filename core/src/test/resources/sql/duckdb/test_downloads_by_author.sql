-- Test only: downloads and models per author in one snapshot.
SELECT author, count(*) AS models, sum(downloads) AS downloads
FROM models
WHERE snapshot_date = CAST(? AS DATE)
GROUP BY author
ORDER BY author;

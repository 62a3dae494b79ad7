-- Parent edges of one snapshot by relation (a derivative with two relations to its parents counts in both).
SELECT relation, count(*) AS edges, count(DISTINCT child) AS derivatives
FROM edges
WHERE snapshot_date = CAST(? AS DATE)
GROUP BY relation
ORDER BY relation;

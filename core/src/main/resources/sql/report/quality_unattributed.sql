-- Data quality: authors with no origin in the registry, by 30-day downloads (the top 25).
SELECT author, count(*) AS models, sum(downloads) AS downloads,
       sum(downloads) / nullif((SELECT sum(downloads) FROM r_nodes WHERE has_record), 0) AS share
FROM r_nodes
WHERE has_record AND origin = 'UNATTRIBUTED'
GROUP BY author
ORDER BY downloads DESC, author
LIMIT 25;

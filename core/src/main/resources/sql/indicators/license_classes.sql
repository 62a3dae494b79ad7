-- 7. Models with a record and their 30-day downloads per license class.
SELECT license_class AS class, count(*) AS models, sum(downloads) AS downloads,
       count(*) / sum(count(*)) OVER () AS share_models,
       sum(downloads) / nullif(sum(sum(downloads)) OVER (), 0) AS share_downloads
FROM r_nodes
WHERE has_record
GROUP BY license_class
ORDER BY downloads DESC, class;

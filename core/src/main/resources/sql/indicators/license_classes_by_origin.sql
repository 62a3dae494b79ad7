-- 7b. License classes by the origin of the model's author; shares within each origin.
SELECT origin, license_class AS class, count(*) AS models, sum(downloads) AS downloads,
       sum(downloads) / nullif(sum(sum(downloads)) OVER (PARTITION BY origin), 0) AS share_downloads
FROM r_nodes
WHERE has_record
GROUP BY origin, license_class
ORDER BY origin, downloads DESC, class;

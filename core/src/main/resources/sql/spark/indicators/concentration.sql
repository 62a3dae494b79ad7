-- 8. Concentration of 30-day downloads by model and by author: HHI (0–10,000) and top-10 / top-200 shares.
-- Spark: as sql/duckdb (the same definition); `^` is XOR in Spark SQL, so pow().
WITH e AS (
  SELECT 'model' AS level, id AS entity, downloads AS d FROM r_nodes WHERE has_record
  UNION ALL
  SELECT 'author', lower(author), sum(downloads) FROM r_nodes WHERE has_record GROUP BY lower(author)
),
ranked AS (
  SELECT level, d, row_number() OVER (PARTITION BY level ORDER BY d DESC, entity) AS rk,
         sum(d) OVER (PARTITION BY level) AS total
  FROM e
)
SELECT level, count(*) AS entities, any_value(total) AS downloads,
       10000 * sum(pow(d / nullif(total, 0), 2)) AS hhi,
       sum(d) FILTER (WHERE rk <= 10) / nullif(any_value(total), 0) AS top10_share,
       sum(d) FILTER (WHERE rk <= 200) / nullif(any_value(total), 0) AS top200_share
FROM ranked
GROUP BY level
ORDER BY level DESC;

-- 8. Concentration of 30-day downloads by model and by author: HHI (0–10,000) and top-10 / top-200 shares.
-- HHI = 10,000 Σ d² / total², the squares summed exactly (as DECIMAL(38,0): the same figure in every run and on
-- every engine); the top shares sum the 10 and 200 largest values (ties do not change a sum).
WITH e AS (
  SELECT 'model' AS level, downloads AS d FROM r_nodes WHERE has_record
  UNION ALL
  SELECT 'author', sum(downloads) FROM r_nodes WHERE has_record GROUP BY lower(author)
),
ranked AS (
  SELECT level, d, row_number() OVER (PARTITION BY level ORDER BY d DESC) AS rk
  FROM e
)
SELECT level, count(*) AS entities, sum(d) AS downloads,
       10000 * CAST(sum(CAST(d AS DECIMAL(38, 0)) * d) AS DOUBLE)
         / nullif(CAST(sum(d) AS DOUBLE) * sum(d), 0) AS hhi,
       sum(d) FILTER (WHERE rk <= 10) / nullif(sum(d), 0) AS top10_share,
       sum(d) FILTER (WHERE rk <= 200) / nullif(sum(d), 0) AS top200_share
FROM ranked
GROUP BY level
ORDER BY level DESC;

-- Override of sql/indicators/concentration.sql: DuckDB's top-N aggregate max(d, 200) avoids ranking every model
-- (a full sort of 2.5M values); the same figures.
-- 8. Concentration of 30-day downloads by model and by author: HHI (0–10,000) and top-10 / top-200 shares.
-- HHI = 10,000 Σ d² / total² (squares summed exactly, so the figure is the same in every run); the top shares
-- sum the 10 and 200 largest values (ties do not change a sum).
WITH e AS (
  SELECT 'model' AS level, downloads AS d FROM r_nodes WHERE has_record
  UNION ALL
  SELECT 'author', sum(downloads) FROM r_nodes WHERE has_record GROUP BY lower(author)
),
agg AS (
  SELECT level, count(*) AS entities, sum(d) AS total, sum(CAST(d AS HUGEINT) * d) AS squares,
         max(d, 200) AS top
  FROM e
  GROUP BY level
)
SELECT level, entities, total AS downloads,
       10000 * CAST(squares AS DOUBLE) / nullif(CAST(total AS DOUBLE) * total, 0) AS hhi,
       list_sum(top[1:10]) / nullif(total, 0) AS top10_share,
       list_sum(top) / nullif(total, 0) AS top200_share
FROM agg
ORDER BY level DESC;

-- 13. New models by calendar month (UTC) of their created_at and the origin of the publisher (the model's own
-- author); share = within the month. Every record counts; records without a created_at are month 'undated'.
-- With trend_settings.min_downloads > 0 (report --min-downloads N) only records with at least N 30-day downloads.
-- share_low / share_high bound the share by the month's records of UNATTRIBUTED publishers: none / all of them
-- given to the origin (the UNATTRIBUTED row: 0 to its share); 'undated' is a month of its own.
WITH d AS (
  SELECT year(n.created_at) AS y, month(n.created_at) AS m, n.origin, count(*) AS models
  FROM r_nodes n
  CROSS JOIN trend_settings s
  WHERE n.has_record AND n.downloads >= s.min_downloads
  GROUP BY 1, 2, 3
),
t AS (
  SELECT y, m, origin, models,
         sum(models) OVER (PARTITION BY y, m) AS total,
         sum(CASE WHEN origin = 'UNATTRIBUTED' THEN models ELSE 0 END) OVER (PARTITION BY y, m) AS unattributed
  FROM d
)
SELECT coalesce(CAST(y AS STRING) || '-' || lpad(CAST(m AS STRING), 2, '0'), 'undated') AS month, origin,
       models, models / total AS share,
       CASE WHEN origin = 'UNATTRIBUTED' THEN CAST(0 AS DOUBLE) ELSE models / total END AS share_low,
       CASE WHEN origin = 'UNATTRIBUTED' THEN models / total ELSE (models + unattributed) / total END AS share_high
FROM t
ORDER BY y IS NOT NULL, y, m, models DESC, origin;

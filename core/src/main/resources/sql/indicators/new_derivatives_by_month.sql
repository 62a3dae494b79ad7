-- 13. New derivatives by calendar month (UTC) of their created_at and foundation origin, 1/k for a derivative
-- with k roots; share = within the month. A derivative is a node below a root (depth > 0: at least one kept
-- parent edge), as in indicator 4. Nodes without a created_at (tree children named only in a list, records whose
-- metadata cell was N/A) are month 'undated': counted, never dropped. With trend_settings.min_downloads > 0
-- (report --min-downloads N) only derivatives with a record and at least N 30-day downloads count.
-- share_low / share_high bound the share by the month's derivatives on UNATTRIBUTED foundations: the share if none
-- of them belongs to the origin (the share) and if all of them do (share + the month's UNATTRIBUTED share); the
-- UNATTRIBUTED row itself spans 0 (all of it placed elsewhere) to its share. Window sums over (year, month) keep
-- 'undated' (NULL, NULL) as a month of its own in every engine.
-- Months are year and month numbers formatted at the end (the same text in every engine); 'undated' first, then
-- months in order.
WITH d AS (
  SELECT year(n.created_at) AS y, month(n.created_at) AS m, r.foundation_origin AS origin,
         sum(r.weight) AS derivatives
  FROM r_roots r
  JOIN r_nodes n ON n.idx = r.node
  CROSS JOIN trend_settings s
  WHERE r.depth > 0
    AND (s.min_downloads = 0 OR (n.has_record AND n.downloads >= s.min_downloads))
  GROUP BY 1, 2, 3
),
t AS (
  SELECT y, m, origin, derivatives,
         sum(derivatives) OVER (PARTITION BY y, m) AS total,
         sum(CASE WHEN origin = 'UNATTRIBUTED' THEN derivatives ELSE 0 END) OVER (PARTITION BY y, m)
           AS unattributed
  FROM d
)
SELECT coalesce(CAST(y AS STRING) || '-' || lpad(CAST(m AS STRING), 2, '0'), 'undated') AS month, origin,
       derivatives, derivatives / total AS share,
       CASE WHEN origin = 'UNATTRIBUTED' THEN CAST(0 AS DOUBLE) ELSE derivatives / total END AS share_low,
       CASE WHEN origin = 'UNATTRIBUTED' THEN derivatives / total
            ELSE (derivatives + unattributed) / total END AS share_high
FROM t
ORDER BY y IS NOT NULL, y, m, derivatives DESC, origin;

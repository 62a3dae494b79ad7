-- 2. Σ 30-day downloads of every model with a record, by the origin of its root(s); 1/k to each of k roots.
-- share_low / share_high: the share if none / all of the downloads of UNATTRIBUTED foundations belonged to the
-- origin (the UNATTRIBUTED row: 0 to its share), as in indicator 1.
WITH per AS (
  SELECT r.foundation_origin AS origin, sum(r.weight) AS models, sum(n.downloads * r.weight) AS downloads
  FROM r_roots r
  JOIN r_nodes n ON n.idx = r.node
  WHERE n.has_record
  GROUP BY r.foundation_origin
),
t AS (
  SELECT sum(downloads) AS total, sum(CASE WHEN origin = 'UNATTRIBUTED' THEN downloads ELSE 0 END) AS unattributed
  FROM per
)
SELECT origin, models, downloads,
       downloads / nullif(total, 0) AS share,
       CASE WHEN origin = 'UNATTRIBUTED' THEN CAST(0 AS DOUBLE) ELSE downloads / nullif(total, 0) END AS share_low,
       CASE WHEN origin = 'UNATTRIBUTED' THEN downloads / nullif(total, 0)
            ELSE (downloads + unattributed) / nullif(total, 0) END AS share_high
FROM per CROSS JOIN t
ORDER BY downloads DESC, origin;

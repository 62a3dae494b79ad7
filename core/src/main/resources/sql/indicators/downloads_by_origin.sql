-- 1. Σ 30-day downloads of models with a record, by the origin of the model's own author. share_low / share_high
-- bound each origin's share by the UNATTRIBUTED downloads: the share if none of them belongs to the origin (the
-- share) and if all of them do (share + the UNATTRIBUTED share); the UNATTRIBUTED row itself spans 0 (all of it
-- placed elsewhere) to its share.
WITH per AS (
  SELECT origin, count(*) AS models, sum(downloads) AS downloads
  FROM r_nodes
  WHERE has_record
  GROUP BY origin
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

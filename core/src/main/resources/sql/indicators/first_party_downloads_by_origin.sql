-- 3. As 2, but only models published by their root's own author (the root itself included). share_low /
-- share_high as in indicator 2.
WITH per AS (
  SELECT r.foundation_origin AS origin, sum(r.weight) AS models, sum(n.downloads * r.weight) AS downloads
  FROM r_roots r
  JOIN r_nodes n ON n.idx = r.node
  WHERE n.has_record AND lower(n.author) = lower(r.root_author)
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

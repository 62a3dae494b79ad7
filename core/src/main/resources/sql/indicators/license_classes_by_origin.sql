-- 7b. License classes by the origin of the model's author; shares of downloads within each origin.
-- share_downloads_low / _high: the class's share within the origin if none / all of the UNATTRIBUTED downloads
-- belonged to the origin (all: (origin's class downloads + UNATTRIBUTED class downloads) / (origin's downloads +
-- UNATTRIBUTED downloads)), the smaller first; the UNATTRIBUTED rows keep their share at both ends.
WITH per AS (
  SELECT origin, license_class AS class, count(*) AS models, sum(downloads) AS downloads
  FROM r_nodes
  WHERE has_record
  GROUP BY origin, license_class
),
o AS (SELECT origin, sum(downloads) AS downloads FROM per GROUP BY origin),
u AS (SELECT class, downloads FROM per WHERE origin = 'UNATTRIBUTED'),
ut AS (SELECT coalesce(sum(downloads), 0) AS downloads FROM u),
s AS (
  SELECT p.origin, p.class, p.models, p.downloads,
         p.downloads / nullif(o.downloads, 0) AS share_downloads,
         CASE WHEN p.origin = 'UNATTRIBUTED' THEN p.downloads / nullif(o.downloads, 0)
              ELSE (p.downloads + coalesce(u.downloads, 0)) / nullif(o.downloads + ut.downloads, 0) END AS share_all
  FROM per p
  JOIN o ON o.origin = p.origin
  CROSS JOIN ut
  LEFT JOIN u ON u.class = p.class
)
SELECT origin, class, models, downloads, share_downloads,
       least(share_downloads, share_all) AS share_downloads_low,
       greatest(share_downloads, share_all) AS share_downloads_high
FROM s
ORDER BY origin, downloads DESC, class;

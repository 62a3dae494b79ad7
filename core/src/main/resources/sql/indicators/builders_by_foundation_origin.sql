-- 5. Distinct authors that published at least one derivative on a root of each origin; share = those builders
-- over all builders of derivatives (a builder on roots of two origins counts in both, so shares may sum past 1).
-- share_low / share_high: the share if none / all of the builders on UNATTRIBUTED foundations built on the origin:
-- share_high counts the union of the origin's builders and those builders (a builder in both counts once); the
-- UNATTRIBUTED row spans 0 to its share.
WITH b AS (
  SELECT DISTINCT r.foundation_origin AS origin, lower(n.author) AS builder
  FROM r_roots r                        -- a node below a root (depth > 0) is a derivative
  JOIN r_nodes n ON n.idx = r.node
  WHERE r.depth > 0 AND n.author IS NOT NULL
),
total AS (
  SELECT count(DISTINCT builder) AS builders,
         count(DISTINCT CASE WHEN origin = 'UNATTRIBUTED' THEN builder END) AS unattributed
  FROM b
),
both_ AS (
  SELECT b.origin, count(*) AS builders
  FROM b JOIN b u ON u.builder = b.builder AND u.origin = 'UNATTRIBUTED'
  WHERE b.origin <> 'UNATTRIBUTED'
  GROUP BY b.origin
),
per AS (SELECT origin, count(*) AS builders FROM b GROUP BY origin)
SELECT p.origin, p.builders,
       p.builders / t.builders AS share,
       CASE WHEN p.origin = 'UNATTRIBUTED' THEN CAST(0 AS DOUBLE) ELSE p.builders / t.builders END AS share_low,
       CASE WHEN p.origin = 'UNATTRIBUTED' THEN p.builders / t.builders
            ELSE (p.builders + t.unattributed - coalesce(o.builders, 0)) / t.builders END AS share_high
FROM per p
CROSS JOIN total t
LEFT JOIN both_ o ON o.origin = p.origin
ORDER BY p.builders DESC, p.origin;

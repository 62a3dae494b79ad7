-- 5. Distinct authors that published at least one derivative on a root of each origin; share = those builders
-- over all builders of derivatives (a builder on roots of two origins counts in both, so shares may sum past 1).
WITH b AS (
  SELECT DISTINCT r.foundation_origin AS origin, lower(n.author) AS builder
  FROM r_roots r                        -- a node below a root (depth > 0) is a derivative
  JOIN r_nodes n ON n.idx = r.node
  WHERE r.depth > 0 AND n.author IS NOT NULL
),
total AS (SELECT count(DISTINCT builder) AS builders FROM b)
SELECT b.origin, count(*) AS builders, count(*) / any_value(total.builders) AS share
FROM b, total
GROUP BY b.origin
ORDER BY builders DESC, origin;

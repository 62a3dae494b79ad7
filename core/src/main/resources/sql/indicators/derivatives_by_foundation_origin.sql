-- 4. Derivatives (nodes with at least one kept parent edge) by foundation origin and relation, 1/k per root.
-- A derivative counts once per relation among its edges to direct parents; 'total' counts it once.
WITH d AS (SELECT DISTINCT child, relation FROM r_edges),
per AS (
  SELECT r.foundation_origin AS origin, d.relation, sum(r.weight) AS derivatives
  FROM d JOIN r_roots r ON r.id = d.child
  GROUP BY 1, 2
  UNION ALL
  SELECT r.foundation_origin, 'total', sum(r.weight)
  FROM r_roots r WHERE r.depth > 0      -- a node below a root is a derivative
  GROUP BY 1
)
SELECT origin, relation, derivatives,
       derivatives / sum(derivatives) OVER (PARTITION BY relation) AS share
FROM per
ORDER BY CASE relation WHEN 'total' THEN 0 ELSE 1 END, relation, derivatives DESC, origin;

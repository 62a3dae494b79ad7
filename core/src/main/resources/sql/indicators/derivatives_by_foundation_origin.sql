-- 4. Derivatives (nodes with at least one kept parent edge) by foundation origin and relation, 1/k per root.
-- A derivative counts once per relation among its edges to direct parents; 'total' counts it once. Share =
-- within the relation; share_low / share_high: none / all of the relation's derivatives of UNATTRIBUTED
-- foundations given to the origin (the UNATTRIBUTED row: 0 to its share). The lineage sensitivity beside the 1/k
-- default: derivatives_all_roots counts a merge fully for every one of its roots (weight 1, not 1/k), and
-- share_all_roots is that count over the relation's derivatives counted once (shares may sum past 1).
WITH d AS (SELECT DISTINCT child, relation FROM r_edges),
per AS (
  SELECT r.foundation_origin AS origin, d.relation, sum(r.weight) AS derivatives,
         count(*) AS derivatives_all_roots
  FROM d JOIN r_roots r ON r.id = d.child
  GROUP BY 1, 2
  UNION ALL
  SELECT r.foundation_origin, 'total', sum(r.weight), count(*)
  FROM r_roots r WHERE r.depth > 0      -- a node below a root is a derivative
  GROUP BY 1
),
t AS (
  SELECT relation, sum(derivatives) AS total,
         sum(CASE WHEN origin = 'UNATTRIBUTED' THEN derivatives ELSE 0 END) AS unattributed
  FROM per
  GROUP BY relation
)
SELECT p.origin, p.relation, p.derivatives,
       p.derivatives / t.total AS share,
       CASE WHEN p.origin = 'UNATTRIBUTED' THEN CAST(0 AS DOUBLE) ELSE p.derivatives / t.total END AS share_low,
       CASE WHEN p.origin = 'UNATTRIBUTED' THEN p.derivatives / t.total
            ELSE (p.derivatives + t.unattributed) / t.total END AS share_high,
       p.derivatives_all_roots,
       p.derivatives_all_roots / t.total AS share_all_roots
FROM per p JOIN t ON t.relation = p.relation
ORDER BY CASE p.relation WHEN 'total' THEN 0 ELSE 1 END, p.relation, p.derivatives DESC, p.origin;

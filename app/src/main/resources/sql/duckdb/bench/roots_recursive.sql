-- Report benchmark: the roots of every node of one snapshot computed set-based in DuckDB, to compare with the
-- in-memory graph of LineageLoader. A recursive CTE walks up the parent edges (self-edges dropped) from every node;
-- UNION keeps each (node, ancestor) pair once, so merges do not multiply paths; the ancestors with no parent are the
-- node's roots (a node without parents is its own root). One row per node and root, as in the lineage table.
-- Assumes no cycles (the generated data has none): the nodes of a cycle would get no root here.
CREATE OR REPLACE TEMP TABLE bench_roots AS
WITH RECURSIVE
parents AS (
  SELECT DISTINCT child, parent FROM edges WHERE snapshot_date = CAST(?1 AS DATE) AND child <> parent
),
nodes AS (
  SELECT id FROM models WHERE snapshot_date = CAST(?1 AS DATE)
  UNION SELECT child FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
  UNION SELECT parent FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
),
walk(node, ancestor) AS (
  SELECT id, id FROM nodes
  UNION
  SELECT w.node, p.parent FROM walk w JOIN parents p ON p.child = w.ancestor
)
SELECT w.node AS id, w.ancestor AS root
FROM walk w
WHERE NOT EXISTS (SELECT 1 FROM parents p WHERE p.child = w.ancestor);

-- Spark, one step of root resolution: a node's roots are the union of its kept parents' roots (view pairs), each
-- at the shortest distance found so far. A (node, root) pair first appears at its shortest distance, so the
-- number of pairs stops growing exactly at the fixpoint.
SELECT id, root, min(depth) AS depth FROM (
  SELECT id, root, depth FROM root_base
  UNION ALL
  SELECT e.child AS id, p.root, p.depth + 1 AS depth FROM kept_edges e JOIN pairs p ON p.id = e.parent
)
GROUP BY id, root;

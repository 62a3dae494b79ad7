-- Spark, one step of root resolution: a node's roots are the union of its kept parents' roots (view pairs).
SELECT DISTINCT id, root FROM (
  SELECT id, root FROM root_base
  UNION ALL
  SELECT e.child AS id, p.root FROM kept_edges e JOIN pairs p ON p.id = e.parent
);

-- Spark, one step of peeling: keep the edges whose parent still has a parent among the edges (view peel_edges).
-- What survives the fixpoint are the edges among nodes that have a cycle among their ancestors.
SELECT e.child, e.parent
FROM peel_edges e
LEFT SEMI JOIN (SELECT DISTINCT child FROM peel_edges) c ON c.child = e.parent;

-- The parent edges of one snapshot as node numbers (see lineage_nodes): one row per edge, in no order; the
-- lineage loader sorts them and drops a pair's repeats (one per relation).
SELECT c.idx AS child, p.idx AS parent
FROM edges e
JOIN lineage_graph c ON c.id = e.child
JOIN lineage_graph p ON p.id = e.parent
WHERE e.snapshot_date = CAST(? AS DATE);

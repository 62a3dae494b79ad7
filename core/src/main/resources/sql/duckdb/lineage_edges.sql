-- The parent edges of one snapshot as node numbers (see lineage_nodes), one row per (child, parent) pair,
-- sorted for a deterministic walk.
SELECT c.idx AS child, p.idx AS parent
FROM (SELECT DISTINCT child, parent FROM edges WHERE snapshot_date = CAST(? AS DATE)) e
JOIN lineage_nodes c ON c.id = e.child
JOIN lineage_nodes p ON p.id = e.parent
ORDER BY 1, 2;

-- Test only: the edges of one snapshot, as child -> parent (relation).
SELECT child || ' -> ' || parent || ' (' || relation || ')' AS edge
FROM edges
WHERE snapshot_date = ?
ORDER BY child, parent, relation;

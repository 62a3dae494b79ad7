-- The resolved roots of one node (needs the lineage temp table).
SELECT root, root_author, weight, depth FROM lineage WHERE id = ? ORDER BY root;

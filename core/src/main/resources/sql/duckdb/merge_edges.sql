-- Union staged edges with the stored edges of each staged snapshot, then drop an 'unspecified' edge
-- wherever the same (child, parent) pair also has a typed relation.
INSERT OR IGNORE INTO edges
SELECT snapshot_date, child, parent, relation, string_agg(DISTINCT source, '+' ORDER BY source)
FROM stage_edges
GROUP BY snapshot_date, child, parent, relation;

-- The parent edges one model declares (or a tree lists it under) in one snapshot.
SELECT parent, relation, source
FROM edges
WHERE snapshot_date = CAST(? AS DATE) AND child = ?
ORDER BY parent, relation;

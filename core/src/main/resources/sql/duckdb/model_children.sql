-- Direct children of one model in one snapshot, by relation.
SELECT relation, count(*) AS children
FROM edges
WHERE snapshot_date = CAST(? AS DATE) AND parent = ?
GROUP BY relation
ORDER BY relation;

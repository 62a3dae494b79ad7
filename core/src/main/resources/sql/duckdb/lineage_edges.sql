-- The parent edges of one snapshot, one row per (child, parent) pair, sorted for a deterministic walk.
SELECT child, parent
FROM edges
WHERE snapshot_date = CAST(? AS DATE)
GROUP BY child, parent
ORDER BY child, parent;

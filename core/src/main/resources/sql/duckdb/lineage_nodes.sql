-- Every node of one snapshot, sorted: models with a record, parents named only in tags, children named only in
-- model-tree lists. `author` is the record's author, else the part of the id before the slash.
SELECT n.id, coalesce(m.author, CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1) END) AS author,
       m.id IS NOT NULL AS has_record
FROM (
  SELECT id FROM models WHERE snapshot_date = CAST(?1 AS DATE)
  UNION SELECT child FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
  UNION SELECT parent FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
) n
LEFT JOIN models m ON m.snapshot_date = CAST(?1 AS DATE) AND m.id = n.id
ORDER BY n.id;

-- Every node of one snapshot, numbered 0..n-1 in id order (the graph walks them in that order): models with a
-- record, parents named only in tags, children named only in model-tree lists. `author` is the record's author,
-- else the part of the id before the slash.
CREATE OR REPLACE TEMP TABLE lineage_nodes AS
SELECT row_number() OVER (ORDER BY n.id) - 1 AS idx, n.id,
       coalesce(m.author, CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1) END) AS author,
       m.id IS NOT NULL AS has_record
FROM (
  SELECT id FROM models WHERE snapshot_date = CAST(?1 AS DATE)
  UNION SELECT child FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
  UNION SELECT parent FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
) n
LEFT JOIN models m ON m.snapshot_date = CAST(?1 AS DATE) AND m.id = n.id;

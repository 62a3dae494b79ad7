-- Every node of one snapshot, numbered 0..n-1 in id order (the graph walks them in that order): models with a
-- record, then parents named only in tags and children named only in model-tree lists, whose author is the part
-- of the id before the slash.
CREATE OR REPLACE TEMP TABLE lineage_nodes AS
WITH nodes AS (
  SELECT id, author, true AS has_record FROM models WHERE snapshot_date = CAST(?1 AS DATE)
  UNION ALL
  SELECT x.id, CASE WHEN strpos(x.id, '/') > 0 THEN split_part(x.id, '/', 1) END, false
  FROM (
    SELECT child AS id FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
    UNION SELECT parent FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
  ) x
  WHERE NOT EXISTS (SELECT 1 FROM models m WHERE m.snapshot_date = CAST(?1 AS DATE) AND m.id = x.id)
)
SELECT row_number() OVER (ORDER BY id) - 1 AS idx, id, author, has_record FROM nodes;

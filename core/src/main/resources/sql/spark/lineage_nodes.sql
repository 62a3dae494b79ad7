-- Spark: every node of the snapshot (views s_models, s_edges hold its rows): models with a record, parents named
-- only in tags, children named only in model-tree lists. Same definition as sql/duckdb/lineage_nodes.sql.
CREATE OR REPLACE TEMP VIEW nodes AS
SELECT n.id, coalesce(m.author, CASE WHEN instr(n.id, '/') > 0 THEN split_part(n.id, '/', 1) END) AS author,
       m.id IS NOT NULL AS has_record
FROM (
  SELECT id FROM s_models
  UNION SELECT child FROM s_edges
  UNION SELECT parent FROM s_edges
) n
LEFT JOIN s_models m ON m.id = n.id;

-- Distinct parent edges without self-edges (dropped, as lineage does).
CREATE OR REPLACE TEMP VIEW pair_edges AS
SELECT DISTINCT child, parent FROM s_edges WHERE child <> parent;

-- Spark: every node of the snapshot (views s_models, s_edges hold its rows), as sql/duckdb/lineage_nodes.sql
-- defines them: models with a record, parents named only in tags, children named only in model-tree lists, with
-- the author (the record's, else the part of the id before the slash) and whether the snapshot has the record.
-- idx numbers the nodes (unique, in no particular order; the engine checkpoints the view so that the numbers
-- stay fixed): indicators join on it, as on DuckDB.
CREATE OR REPLACE TEMP VIEW lineage_nodes AS
SELECT monotonically_increasing_id() AS idx, n.id,
       coalesce(m.author, CASE WHEN instr(n.id, '/') > 0 THEN split_part(n.id, '/', 1) END) AS author,
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

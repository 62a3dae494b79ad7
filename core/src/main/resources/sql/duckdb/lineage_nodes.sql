-- The nodes of one snapshot, numbered. lineage_graph: the ends of its parent edges, numbered 0..g-1 in id order
-- (the graph walks them in that order). lineage_nodes: every node — those, and then the models with no edge at
-- all, numbered from g on in no particular order (they are their own roots; the numbers only join tables of one
-- report) — with its author (the record's, else the part of the id before the slash) and whether the snapshot
-- has its record. Nodes are models with a record, parents named only in tags and children named only in
-- model-tree lists.
CREATE OR REPLACE TEMP TABLE lineage_graph AS
SELECT row_number() OVER (ORDER BY id) - 1 AS idx, id
FROM (
  SELECT child AS id FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
  UNION SELECT parent FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
);

CREATE OR REPLACE TEMP TABLE lineage_nodes AS
WITH joined AS (
  SELECT g.idx, coalesce(g.id, m.id) AS id, m.author, m.id IS NOT NULL AS has_record
  FROM lineage_graph g
  FULL JOIN (SELECT id, author FROM models WHERE snapshot_date = CAST(?1 AS DATE)) m ON m.id = g.id
)
SELECT coalesce(idx, (SELECT count(*) FROM lineage_graph) + row_number() OVER (PARTITION BY idx IS NULL) - 1)
         AS idx,
       id,
       coalesce(author, CASE WHEN strpos(id, '/') > 0 THEN split_part(id, '/', 1) END) AS author,
       has_record
FROM joined;

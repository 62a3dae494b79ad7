-- Spark: the tables every indicator reads, with the columns sql/duckdb/report_prepare.sql gives them (the
-- indicators under sql/indicators/ run unchanged on both engines). Needs the views lineage_nodes (checkpointed),
-- pairs (resolved id, root, depth), broken, pair_edges, s_models, s_edges, origins and model_license.
-- r_roots: one row per node and root, weight 1/k for k roots, depth = the node's shortest distance to a root.
CREATE OR REPLACE TEMP VIEW r_roots AS
SELECT n.idx AS node, p.id, r.idx AS root_node, p.root, r.author AS root_author,
       CAST(1 AS DOUBLE) / count(*) OVER (PARTITION BY p.id) AS weight,
       CAST(min(p.depth) OVER (PARTITION BY p.id) AS BIGINT) AS depth,
       coalesce(o.origin, 'UNATTRIBUTED') AS foundation_origin
FROM pairs p
JOIN lineage_nodes n ON n.id = p.id
JOIN lineage_nodes r ON r.id = p.root
LEFT JOIN origins o ON o.author_key = lower(r.author);

CREATE OR REPLACE TEMP VIEW r_nodes AS
SELECT n.idx, n.id, n.author, n.has_record,
       coalesce(m.downloads, 0) AS downloads, m.likes, m.license, m.license_name,
       coalesce(o.origin, 'UNATTRIBUTED') AS origin,
       CASE WHEN n.has_record THEN coalesce(lc.class, 'unknown') END AS license_class
FROM lineage_nodes n
LEFT JOIN s_models m ON m.id = n.id
LEFT JOIN origins o ON o.author_key = lower(n.author)
LEFT JOIN model_license lc
  ON lc.license <=> m.license
 AND lc.license_name <=> m.license_name
 AND lc.license_link <=> m.license_link;

-- Parent edges that lineage kept, with their relation: no self-edges, no edge removed to break a cycle.
CREATE OR REPLACE TEMP VIEW r_edges AS
SELECT e.child, e.parent, e.relation
FROM s_edges e
LEFT ANTI JOIN broken b ON b.child = e.child AND b.parent = e.parent
WHERE e.child <> e.parent;

-- Edges the lineage dropped, as sql/duckdb/lineage_tables.sql lists them. kind: self-edge | cycle-broken
CREATE OR REPLACE TEMP VIEW lineage_issues AS
SELECT DISTINCT 'self-edge' AS kind, child, parent FROM s_edges WHERE child = parent
UNION ALL
SELECT 'cycle-broken', child, parent FROM broken;

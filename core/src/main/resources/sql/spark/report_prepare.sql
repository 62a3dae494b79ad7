-- Spark: the tables every indicator reads, as sql/duckdb/report_prepare.sql builds them. Needs the views
-- nodes, pairs (resolved id, root), broken, s_models, s_edges, origins and model_license.
CREATE OR REPLACE TEMP VIEW lineage AS
SELECT p.id, n.author, n.has_record, p.root, rn.author AS root_author,
       CAST(1 AS DOUBLE) / count(*) OVER (PARTITION BY p.id) AS weight
FROM pairs p
JOIN nodes n ON n.id = p.id
JOIN nodes rn ON rn.id = p.root;

CREATE OR REPLACE TEMP VIEW r_nodes AS
SELECT n.id, n.author, n.has_record,
       coalesce(m.downloads, 0) AS downloads, m.likes, m.license, m.license_name, m.created_at, m.parameters,
       coalesce(o.origin, 'UNATTRIBUTED') AS origin,
       CASE WHEN n.has_record THEN coalesce(lc.class, 'unknown') END AS license_class
FROM nodes n
LEFT JOIN s_models m ON m.id = n.id
LEFT JOIN origins o ON o.author_key = lower(n.author)
LEFT JOIN model_license lc
  ON lc.license <=> m.license
 AND lc.license_name <=> m.license_name
 AND lc.license_link <=> m.license_link;

CREATE OR REPLACE TEMP VIEW r_roots AS
SELECT l.id, l.root, l.root_author, l.weight, coalesce(o.origin, 'UNATTRIBUTED') AS foundation_origin
FROM lineage l
LEFT JOIN origins o ON o.author_key = lower(l.root_author);

-- Parent edges that lineage kept, with their relation.
CREATE OR REPLACE TEMP VIEW r_edges AS
SELECT e.child, e.parent, e.relation
FROM s_edges e
LEFT ANTI JOIN broken b ON b.child = e.child AND b.parent = e.parent
WHERE e.child <> e.parent;

-- Joins one snapshot's nodes with lineage, origins and license classes into the tables every indicator reads.
-- Needs the temp tables lineage_nodes, lineage_roots, lineage_issues, origins and model_license. Parameter: the
-- snapshot date. Nodes keep their number (idx in r_nodes; node and root_node in r_roots): indicators join on it.
-- r_snapshot holds the date, for the queries that read stored tables of the snapshot (its ingest issues).
CREATE OR REPLACE TEMP TABLE r_snapshot AS SELECT CAST(? AS DATE) AS snapshot_date;

CREATE OR REPLACE TEMP TABLE r_nodes AS
SELECT n.idx, n.id, n.author, n.has_record,
       coalesce(m.downloads, 0) AS downloads, m.likes, m.license, m.license_name, m.created_at, m.parameters,
       coalesce(o.origin, 'UNATTRIBUTED') AS origin,
       CASE WHEN n.has_record THEN coalesce(lc.class, 'unknown') END AS license_class,
       m.downloads_all_time
FROM lineage_nodes n
LEFT JOIN models m ON m.snapshot_date = CAST(? AS DATE) AND m.id = n.id
LEFT JOIN origins o ON o.author_key = lower(n.author)
LEFT JOIN model_license lc
  ON lc.license IS NOT DISTINCT FROM m.license
 AND lc.license_name IS NOT DISTINCT FROM m.license_name
 AND lc.license_link IS NOT DISTINCT FROM m.license_link;

CREATE OR REPLACE TEMP TABLE r_roots AS
SELECT l.node, n.id, l.root AS root_node, r.id AS root, r.author AS root_author, l.weight, l.depth,
       coalesce(o.origin, 'UNATTRIBUTED') AS foundation_origin
FROM lineage_roots l
JOIN lineage_nodes n ON n.idx = l.node
JOIN lineage_nodes r ON r.idx = l.root
LEFT JOIN origins o ON o.author_key = lower(r.author);

-- Parent edges that lineage kept: no self-edges, no edge removed to break a cycle.
CREATE OR REPLACE TEMP TABLE r_edges AS
SELECT e.child, e.parent, e.relation
FROM edges e
WHERE e.snapshot_date = CAST(? AS DATE) AND e.child <> e.parent
  AND NOT EXISTS (SELECT 1 FROM lineage_issues i WHERE i.child = e.child AND i.parent = e.parent);

-- Spark: openness families joined to the snapshot being reported, as sql/duckdb/openness/link.sql joins them
-- (indicator 11). Spark has no ordered list() aggregate (hub_models: array_sort of collect_list, NULL for a family
-- without Hub models, as there) and no temporary tables (views, checkpointed by the engine). Needs r_families and
-- r_family_links (exported as the DuckDB engine prepared them), r_nodes and r_roots (report_prepare).
CREATE OR REPLACE TEMP VIEW r_family_downloads AS
WITH linked AS (
  SELECT family_key, id, max(w) AS w
  FROM (
    SELECT l.family_key, n.id, CAST(1 AS DOUBLE) AS w
    FROM r_family_links l
    JOIN r_nodes n ON lower(n.id) = l.hub_key
    UNION ALL
    SELECT l.family_key, r.id, sum(r.weight) AS w
    FROM r_family_links l
    JOIN r_roots r ON lower(r.root) = l.hub_key
    GROUP BY l.family_key, r.id
  ) candidates
  GROUP BY family_key, id
)
SELECT k.family_key, count(*) AS linked_models, sum(n.downloads * k.w) AS linked_downloads
FROM linked k
JOIN r_nodes n ON n.id = k.id
WHERE n.has_record
GROUP BY k.family_key;

CREATE OR REPLACE TEMP VIEW r_openness AS
SELECT f.*,
       h.hub_models,
       coalesce(d.linked_models, 0) AS linked_models,
       coalesce(d.linked_downloads, 0) AS linked_downloads
FROM r_families f
LEFT JOIN (SELECT family_key, array_sort(collect_list(hub_id)) AS hub_models FROM r_family_links GROUP BY family_key) h
  ON h.family_key = f.family_key
LEFT JOIN r_family_downloads d ON d.family_key = f.family_key;

-- Openness families joined to the snapshot being reported (indicator 11): the snapshot's models linked to each
-- family and their downloads. Needs r_families and r_family_links (openness/prepare), r_nodes and r_roots
-- (report_prepare).
-- Hub models of the snapshot linked to a family: the model itself is one of the family's Hub models (weight 1),
-- else one or more of its roots are (the roots' lineage weights, 1/k for k roots). Downloads are weighted so.
CREATE OR REPLACE TEMP TABLE r_family_downloads AS
WITH linked AS (
  SELECT family_key, id, max(w) AS w
  FROM (
    SELECT l.family_key, n.id, 1.0 AS w
    FROM r_family_links l
    JOIN r_nodes n ON lower(n.id) = l.hub_key
    UNION ALL
    SELECT l.family_key, r.id, sum(r.weight) AS w
    FROM r_family_links l
    JOIN r_roots r ON lower(r.root) = l.hub_key
    GROUP BY l.family_key, r.id
  )
  GROUP BY family_key, id
)
SELECT k.family_key, count(*) AS linked_models, sum(n.downloads * k.w) AS linked_downloads
FROM linked k
JOIN r_nodes n ON n.id = k.id
WHERE n.has_record
GROUP BY k.family_key;

CREATE OR REPLACE TEMP TABLE r_openness AS
SELECT f.*,
       (SELECT list(l.hub_id ORDER BY l.hub_id) FROM r_family_links l WHERE l.family_key = f.family_key)
         AS hub_models,
       coalesce(d.linked_models, 0) AS linked_models,
       coalesce(d.linked_downloads, 0) AS linked_downloads
FROM r_families f
LEFT JOIN r_family_downloads d ON d.family_key = f.family_key;

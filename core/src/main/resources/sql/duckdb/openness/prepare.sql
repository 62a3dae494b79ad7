-- Openness families of the report (indicator 11). Needs eosai_dims, origins, r_nodes and r_roots (report_prepare).

-- EOSAI score: the mean, over the scored dimensions that apply to the entry's type, of open 1 / partial 0.5 /
-- closed 0. A blank or missing class counts 0 and stays in the mean, as on osai-index.eu.
CREATE OR REPLACE TEMP TABLE r_eosai_scores AS
SELECT e.source_file,
       avg(CASE c.class WHEN 'open' THEN 1.0 WHEN 'partial' THEN 0.5 ELSE 0.0 END) AS score,
       count(*) AS dimensions
FROM eosai_entries e
JOIN eosai_dims d
  ON e.type IS NULL OR d.types IS NULL
  OR list_has_any(string_split(d.types, ','), string_split(replace(e.type, ' ', ''), ','))
LEFT JOIN eosai_classes c ON c.source_file = e.source_file AND c.dimension = d.dimension
GROUP BY e.source_file;

-- A MOF release belongs to an EOSAI family when its Hub model is one the family names as its own.
CREATE OR REPLACE TEMP TABLE r_mof_match AS
SELECT DISTINCT l.source_file AS eosai_file, m.source_file AS mof_file
FROM mof_releases m
JOIN eosai_links l ON lower(l.hub_id) = lower(m.hub_id);

-- Every family's own Hub models: EOSAI links; the huggingface link of a MOF release no EOSAI family claims.
CREATE OR REPLACE TEMP TABLE r_family_links AS
SELECT family_key, hub_key, min(hub_id) AS hub_id
FROM (
  SELECT 'eosai:' || source_file AS family_key, lower(hub_id) AS hub_key, hub_id FROM eosai_links
  UNION ALL
  SELECT 'mof:' || source_file, lower(hub_id), hub_id
  FROM mof_releases
  WHERE hub_id IS NOT NULL AND source_file NOT IN (SELECT mof_file FROM r_mof_match)
)
GROUP BY family_key, hub_key;

CREATE OR REPLACE TEMP TABLE r_families AS
WITH mof_best AS (
  SELECT x.eosai_file,
         min(CASE m.mof_class WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 ELSE 4 END) AS rank,
         string_agg(m.name || ' (' || coalesce(m.mof_class, 'unclassified')
                    || CASE WHEN m.class_basis = 'conditional' THEN ', conditional pass' ELSE '' END || ')',
                    ', ' ORDER BY m.name) AS mof_releases
  FROM r_mof_match x
  JOIN mof_releases m ON m.source_file = x.mof_file
  GROUP BY x.eosai_file
)
SELECT 'eosai:' || e.source_file AS family_key,
       e.name AS family,
       CASE WHEN b.eosai_file IS NULL THEN 'eosai' ELSE 'eosai+mof' END AS source,
       e.org_name AS org,
       coalesce(e.origin, o.origin, 'UNATTRIBUTED') AS origin,
       CASE WHEN e.origin IS NOT NULL THEN 'eosai' WHEN o.origin IS NOT NULL THEN 'registry' ELSE 'none' END
         AS origin_source,
       s.score AS eosai_score,
       CASE b.rank WHEN 1 THEN 'I' WHEN 2 THEN 'II' WHEN 3 THEN 'III' WHEN 4 THEN 'unclassified' END AS mof_class,
       b.mof_releases,
       e.osaid,
       e.osaid_reason
FROM eosai_entries e
LEFT JOIN origins o ON o.author_key = lower(e.hub_org)
LEFT JOIN r_eosai_scores s ON s.source_file = e.source_file
LEFT JOIN mof_best b ON b.eosai_file = e.source_file
UNION ALL
SELECT 'mof:' || m.source_file,
       m.name,
       'mof',
       m.producer,
       coalesce(o.origin, 'UNATTRIBUTED'),
       CASE WHEN o.origin IS NOT NULL THEN 'registry' ELSE 'none' END,
       NULL,
       coalesce(m.mof_class, 'unclassified'),
       m.name || ' (' || coalesce(m.mof_class, 'unclassified')
         || CASE WHEN m.class_basis = 'conditional' THEN ', conditional pass' ELSE '' END || ')',
       m.osaid,
       m.osaid_reason
FROM mof_releases m
LEFT JOIN origins o ON o.author_key = lower(split_part(m.hub_id, '/', 1))
WHERE m.source_file NOT IN (SELECT mof_file FROM r_mof_match);

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

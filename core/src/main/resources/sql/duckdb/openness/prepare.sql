-- Openness families of the report (indicator 11), whatever the snapshot: scores, MOF classes, origins and each
-- family's own Hub models. Needs eosai_dims, origins and origin_groups (report --group); openness/link then joins
-- them to the snapshot.

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
       coalesce(g.label, e.origin, o.origin, 'UNATTRIBUTED') AS origin,
       CASE WHEN e.origin IS NOT NULL THEN 'eosai' WHEN o.origin IS NOT NULL THEN 'registry' ELSE 'none' END
         AS origin_source,
       s.score AS eosai_score,
       CASE b.rank WHEN 1 THEN 'I' WHEN 2 THEN 'II' WHEN 3 THEN 'III' WHEN 4 THEN 'unclassified' END AS mof_class,
       b.mof_releases,
       e.osaid,
       e.osaid_reason
FROM eosai_entries e
LEFT JOIN origin_groups g ON g.code = e.origin  -- report --group, as for the registry's origins
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

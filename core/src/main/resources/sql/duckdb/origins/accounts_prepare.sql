-- The curation list (`observatory origins`): every account of the snapshot whose origin is UNATTRIBUTED (no
-- registry row, or a row that does not place it), with what it holds and hints from the data for a curator.
-- Needs the report tables (r_nodes, r_roots, origins; ReportBuilder.prepare). Parameter: the snapshot date (tags).
--   downloads, download_share: Σ 30-day downloads of its models with a record, of all downloads in the snapshot;
--   derivatives, derivative_share: derivatives whose root is one of its models (1/k for k roots), of all
--     derivatives: the mass it leaves UNATTRIBUTED in the foundation-origin indicators (2-5);
--   kind, registry_source: its registry row when the row does not place it (an individual, an unplaced organisation);
--   foundation_origins: the foundation origins of its own derivatives (by models, 1/k; top 3);
--   licenses: its models' licenses (license id, else license_name; by models; top 3);
--   languages: ISO 639-1 language tags of its models (two lower-case letters; by models; top 3).
CREATE OR REPLACE TEMP TABLE u_accounts AS
WITH acc AS (
  SELECT lower(author) AS account, author, idx, id, has_record, downloads, coalesce(license, license_name) AS license
  FROM r_nodes
  WHERE origin = 'UNATTRIBUTED' AND author IS NOT NULL
),
totals AS (
  SELECT (SELECT sum(downloads) FROM r_nodes WHERE has_record) AS downloads,
         (SELECT sum(weight) FROM r_roots WHERE depth > 0) AS derivatives
),
own AS (
  SELECT account, mode(author) AS author, count(*) FILTER (WHERE has_record) AS models, sum(downloads) AS downloads
  FROM acc
  GROUP BY account
),
deriv AS (
  SELECT lower(root_author) AS account, sum(weight) AS derivatives
  FROM r_roots
  WHERE depth > 0 AND foundation_origin = 'UNATTRIBUTED' AND root_author IS NOT NULL
  GROUP BY 1
),
found AS (
  SELECT a.account, r.foundation_origin AS origin, sum(r.weight) AS models
  FROM acc a JOIN r_roots r ON r.node = a.idx
  WHERE a.has_record AND r.depth > 0
  GROUP BY 1, 2
),
lic AS (
  SELECT account, license AS name, count(*) AS models FROM acc WHERE has_record AND license IS NOT NULL GROUP BY 1, 2
),
lang AS (
  SELECT a.account, t.tag AS name, count(*) AS models
  FROM acc a
  JOIN models m ON m.snapshot_date = CAST(? AS DATE) AND m.id = a.id,
       unnest(m.tags) AS t(tag)
  WHERE a.has_record AND regexp_full_match(t.tag, '[a-z]{2}')
  GROUP BY 1, 2
),
hints AS (
  SELECT account, kind, array_to_string(list_slice(list(label ORDER BY models DESC, name), 1, 3), ', ') AS top
  FROM (
    SELECT account, 'foundation' AS kind, origin AS name, models,
           origin || ' ' || CASE WHEN models = round(models) THEN CAST(CAST(models AS BIGINT) AS VARCHAR)
                                 ELSE CAST(round(models, 1) AS VARCHAR) END AS label
    FROM found
    UNION ALL SELECT account, 'license', name, models, name || ' ' || models FROM lic
    UNION ALL SELECT account, 'language', name, models, name || ' ' || models FROM lang
  )
  GROUP BY account, kind
)
SELECT own.account, own.author, own.models, own.downloads,
       own.downloads / nullif(totals.downloads, 0) AS download_share,
       coalesce(deriv.derivatives, 0) AS derivatives,
       coalesce(deriv.derivatives, 0) / nullif(totals.derivatives, 0) AS derivative_share,
       o.kind, o.source AS registry_source,
       (SELECT top FROM hints h WHERE h.account = own.account AND h.kind = 'foundation') AS foundation_origins,
       (SELECT top FROM hints h WHERE h.account = own.account AND h.kind = 'license') AS licenses,
       (SELECT top FROM hints h WHERE h.account = own.account AND h.kind = 'language') AS languages
FROM own
CROSS JOIN totals
LEFT JOIN deriv ON deriv.account = own.account
LEFT JOIN origins o ON o.author_key = own.account;

-- The Observatory store: dated snapshots of Hub model records and their parent edges.
-- Every statement can run twice safely.

CREATE TABLE IF NOT EXISTS snapshots (
  snapshot_date DATE PRIMARY KEY,
  models BIGINT NOT NULL,
  edges BIGINT NOT NULL,
  nodes BIGINT NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS snapshot_sources (
  snapshot_date DATE NOT NULL,
  file_name VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  format VARCHAR NOT NULL,
  records_read BIGINT NOT NULL,
  records_stored BIGINT NOT NULL,
  records_skipped BIGINT NOT NULL,
  edges_read BIGINT NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  PRIMARY KEY (snapshot_date, file_name, sha256)
);

-- Provenance of a source file, from the MANIFEST.json of the `fetch`/`update` that wrote it (NULL for a file
-- that came otherwise): the fetch source, URL, when its bytes were fetched and last confirmed current, and the
-- server's validators. Added after the first release: ALTER keeps older databases readable.
ALTER TABLE snapshot_sources ADD COLUMN IF NOT EXISTS fetch_source VARCHAR;
ALTER TABLE snapshot_sources ADD COLUMN IF NOT EXISTS url VARCHAR;
ALTER TABLE snapshot_sources ADD COLUMN IF NOT EXISTS fetched_at TIMESTAMP;
ALTER TABLE snapshot_sources ADD COLUMN IF NOT EXISTS checked_at TIMESTAMP;
ALTER TABLE snapshot_sources ADD COLUMN IF NOT EXISTS etag VARCHAR;
ALTER TABLE snapshot_sources ADD COLUMN IF NOT EXISTS last_modified VARCHAR;

-- Sources an `update --allow-partial` could not fetch for the snapshot of its date (the data loaded before
-- stays); a later update of the same date that gets the source removes its row.
CREATE TABLE IF NOT EXISTS snapshot_missing_sources (
  snapshot_date DATE NOT NULL,
  source VARCHAR NOT NULL,
  url VARCHAR,
  reason VARCHAR NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (snapshot_date, source)
);

CREATE TABLE IF NOT EXISTS snapshot_issues (
  snapshot_date DATE NOT NULL,
  file_name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,      -- 'skipped' (record not stored) or 'cleaned' (record stored, value dropped)
  reason VARCHAR NOT NULL,
  records BIGINT NOT NULL,
  first_line BIGINT,
  PRIMARY KEY (snapshot_date, file_name, kind, reason)
);

CREATE TABLE IF NOT EXISTS models (
  snapshot_date DATE NOT NULL,
  id VARCHAR NOT NULL,
  author VARCHAR,
  created_at TIMESTAMP,
  last_modified TIMESTAMP,
  downloads BIGINT,
  downloads_all_time BIGINT,
  likes BIGINT,
  license VARCHAR,
  license_name VARCHAR,
  license_link VARCHAR,
  pipeline_tag VARCHAR,
  library_name VARCHAR,
  tags VARCHAR[],
  source_file VARCHAR NOT NULL,
  parameters BIGINT           -- safetensors.total, else gguf.total; NULL when absent or dirty
  -- one row per (snapshot_date, id): the ingest merge keeps it so. No PRIMARY KEY: its index made a bulk
  -- ingest about twice as slow (1M models: insert 6.6 s with it, 2.9 s without).
);

-- A database written before `parameters` existed gains it (NULL for the records stored then).
ALTER TABLE models ADD COLUMN IF NOT EXISTS parameters BIGINT;

CREATE TABLE IF NOT EXISTS edges (
  snapshot_date DATE NOT NULL,
  child VARCHAR NOT NULL,
  parent VARCHAR NOT NULL,
  relation VARCHAR NOT NULL,  -- finetune | adapter | quantized | merge | unspecified
  source VARCHAR NOT NULL     -- tag | card | tree (first seen; several joined with '+')
  -- one row per (snapshot_date, child, parent, relation), kept so by merge_edges (no index, as models).
);

-- Reference datasets beside the snapshots (usage, prices, openness): one row per file ingested.
CREATE TABLE IF NOT EXISTS dataset_sources (
  format VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  records BIGINT NOT NULL,
  data_date DATE,
  ingested_at TIMESTAMP NOT NULL,
  PRIMARY KEY (format, file_name)
);
ALTER TABLE dataset_sources ADD COLUMN IF NOT EXISTS fetch_source VARCHAR;
ALTER TABLE dataset_sources ADD COLUMN IF NOT EXISTS url VARCHAR;
ALTER TABLE dataset_sources ADD COLUMN IF NOT EXISTS fetched_at TIMESTAMP;
ALTER TABLE dataset_sources ADD COLUMN IF NOT EXISTS checked_at TIMESTAMP;
ALTER TABLE dataset_sources ADD COLUMN IF NOT EXISTS etag VARCHAR;
ALTER TABLE dataset_sources ADD COLUMN IF NOT EXISTS last_modified VARCHAR;

-- Epoch AI model data (notable / large-scale / frontier / all models): one row per model and file.
CREATE TABLE IF NOT EXISTS epoch_models (
  model VARCHAR NOT NULL,
  organization VARCHAR,
  publication_date DATE,
  countries VARCHAR,          -- as Epoch gives them, comma-separated, one per organisation
  origin VARCHAR,             -- ISO code when the row lists exactly one country; MULTI for several; NULL if none
  accessibility VARCHAR,      -- Epoch's "Model accessibility"
  open_weights BOOLEAN NOT NULL,
  source_file VARCHAR NOT NULL,
  training_compute DOUBLE,    -- Epoch's "Training compute (FLOP)"; NULL when it gives no estimate
  country_origin VARCHAR      -- ISO code when every listed country is the same one (e.g. "China,China"); MULTI
                              -- when they differ; NULL if none or unknown
);
-- A database written before these columns existed gains them (NULL until the Epoch file is ingested again).
ALTER TABLE epoch_models ADD COLUMN IF NOT EXISTS training_compute DOUBLE;
ALTER TABLE epoch_models ADD COLUMN IF NOT EXISTS country_origin VARCHAR;

-- Openness (indicator 11). One set of rows per file ingested (source_file = the file's name), replaced when the
-- same file is ingested again. European Open Source AI Index (osai-index.eu): one row per model entry.
CREATE TABLE IF NOT EXISTS eosai_entries (
  source_file VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  system_link VARCHAR,
  type VARCHAR,
  performance_class VARCHAR,
  base_model_name VARCHAR,
  end_model_name VARCHAR,
  end_model_license VARCHAR,
  release_date VARCHAR,
  org_name VARCHAR,
  org_link VARCHAR,
  national_origin VARCHAR,    -- the comment '# - National origin: ...' as written
  contributor_type VARCHAR,   -- the comment '# - Contributor type: ...' as written
  origin VARCHAR,             -- national_origin as ISO 3166-1 alpha-2 or INTL; NULL when not given or undisclosed
  hub_org VARCHAR,            -- the Hub organisation of the end model, from its links
  osaid VARCHAR NOT NULL,     -- meets | does not meet | insufficient information
  osaid_reason VARCHAR NOT NULL
);

-- Each dimension of an entry: open | partial | closed, NULL when left blank.
CREATE TABLE IF NOT EXISTS eosai_classes (
  source_file VARCHAR NOT NULL,
  dimension VARCHAR NOT NULL,
  class VARCHAR
);

-- The Hub models an entry names as its own (end model; base model only when the same organisation's).
CREATE TABLE IF NOT EXISTS eosai_links (
  source_file VARCHAR NOT NULL,
  hub_id VARCHAR NOT NULL,
  via VARCHAR NOT NULL
);

-- _parameters.yml: the dimensions the index scores, in its groups.
CREATE TABLE IF NOT EXISTS eosai_parameters (
  source_file VARCHAR NOT NULL,
  position BIGINT NOT NULL,
  group_ref VARCHAR NOT NULL,
  group_name VARCHAR,
  dimension VARCHAR NOT NULL,
  name VARCHAR,
  types VARCHAR               -- model types it applies to, comma-separated
);

-- _parameters-descriptions.yml: the question each dimension asks.
CREATE TABLE IF NOT EXISTS eosai_descriptions (
  source_file VARCHAR NOT NULL,
  dimension VARCHAR NOT NULL,
  description VARCHAR
);

-- LF AI & Data Model Openness Tool: one row per model release, with its MOF class.
CREATE TABLE IF NOT EXISTS mof_releases (
  source_file VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  version VARCHAR,
  producer VARCHAR,
  huggingface VARCHAR,
  hub_id VARCHAR,             -- the huggingface link as org/name
  distribution_license VARCHAR,
  mof_class VARCHAR,          -- I | II | III, NULL when unclassified
  class_basis VARCHAR,        -- complete | conditional (Class III by the MOT's conditional pass)
  class_note VARCHAR NOT NULL,
  osaid VARCHAR NOT NULL,
  osaid_reason VARCHAR NOT NULL
);

-- Each component a release lists: its license as written, the license that applies, and its status.
CREATE TABLE IF NOT EXISTS mof_components (
  source_file VARCHAR NOT NULL,
  component VARCHAR NOT NULL,
  content_type VARCHAR NOT NULL,
  license_given VARCHAR,
  license VARCHAR,
  status VARCHAR NOT NULL
);

-- Usage and prices (indicators 9 and 10). Each row keeps the file it came from (source_file), so that
-- re-ingesting a file replaces its rows.

-- OpenRouter weekly rankings (one file per week): one row per model-week of the charted top N.
CREATE TABLE IF NOT EXISTS usage_weekly (
  source_file VARCHAR NOT NULL,
  week DATE NOT NULL,                -- the file's `date`
  charted_models BIGINT NOT NULL,    -- N: models in the file's chart
  rank BIGINT,
  slug VARCHAR NOT NULL,             -- e.g. deepseek/deepseek-v3.2-20251201
  name VARCHAR,
  total_tokens BIGINT NOT NULL,      -- OpenRouter's total (prompt + completion, reasoning included)
  prompt_tokens BIGINT,
  completion_tokens BIGINT,
  reasoning_tokens BIGINT,
  cached_tokens BIGINT,
  request_count BIGINT,
  prompt_usd_per_m DOUBLE,           -- list price that week, USD per 1M tokens
  completion_usd_per_m DOUBLE,
  is_free BOOLEAN NOT NULL           -- a free variant (`:free`, or is_free true)
);

-- OpenRouter /api/v1/models: one row per model listed.
CREATE TABLE IF NOT EXISTS usage_api_models (
  source_file VARCHAR NOT NULL,
  id VARCHAR NOT NULL,
  canonical_slug VARCHAR,
  hugging_face_id VARCHAR,           -- null when empty: no open weights on the Hub listed
  name VARCHAR,
  created DATE,
  prompt_usd_per_m DOUBLE,           -- null when OpenRouter gives no fixed price (-1)
  completion_usd_per_m DOUBLE
);

-- Usage CSV `date,model,tokens[,requests]` (e.g. OpenRouter's daily rankings export: top 50 + `other`).
CREATE TABLE IF NOT EXISTS usage_daily (
  source_file VARCHAR NOT NULL,
  day DATE NOT NULL,
  model VARCHAR NOT NULL,
  tokens BIGINT NOT NULL,
  requests BIGINT
);

-- Vendor list prices with their history (llm-prices.com): one row per price period of a model.
CREATE TABLE IF NOT EXISTS usage_vendor_prices (
  source_file VARCHAR NOT NULL,
  vendor VARCHAR NOT NULL,
  model_id VARCHAR NOT NULL,
  name VARCHAR,
  input_usd_per_m DOUBLE NOT NULL,
  output_usd_per_m DOUBLE NOT NULL,
  input_cached_usd_per_m DOUBLE,
  from_date DATE,                    -- null: since the start of the record
  to_date DATE                       -- null: still current
);

-- The SPDX License List (licenses.json) as fetched: one row per license, replaced when the same file is ingested
-- again. The bundled license table (license/licenses.csv) was made from list 3.26.0; a newer list loaded here is
-- compared with it in the report's data quality.
CREATE TABLE IF NOT EXISTS spdx_licenses (
  source_file VARCHAR NOT NULL,
  list_version VARCHAR NOT NULL,
  release_date DATE,
  license_id VARCHAR NOT NULL,
  name VARCHAR,
  osi_approved BOOLEAN NOT NULL,
  fsf_libre BOOLEAN NOT NULL,
  deprecated BOOLEAN NOT NULL
);

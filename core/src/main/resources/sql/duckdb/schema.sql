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
  PRIMARY KEY (snapshot_date, id)
);

CREATE TABLE IF NOT EXISTS edges (
  snapshot_date DATE NOT NULL,
  child VARCHAR NOT NULL,
  parent VARCHAR NOT NULL,
  relation VARCHAR NOT NULL,  -- finetune | adapter | quantized | merge | unspecified
  source VARCHAR NOT NULL,    -- tag | card | tree (first seen; several joined with '+')
  PRIMARY KEY (snapshot_date, child, parent, relation)
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

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

-- Epoch AI model data (notable / large-scale / frontier / all models): one row per model and file.
CREATE TABLE IF NOT EXISTS epoch_models (
  model VARCHAR NOT NULL,
  organization VARCHAR,
  publication_date DATE,
  countries VARCHAR,          -- as Epoch gives them, comma-separated, one per organisation
  origin VARCHAR,             -- ISO code when the row lists exactly one country; MULTI for several; NULL if none
  accessibility VARCHAR,      -- Epoch's "Model accessibility"
  open_weights BOOLEAN NOT NULL,
  source_file VARCHAR NOT NULL
);

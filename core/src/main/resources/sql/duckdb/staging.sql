-- Per-ingest staging tables, filled from the CSV files of each input file (stage_models.sql, stage_edges.sql)
-- inside the ingest transaction.
CREATE OR REPLACE TEMP TABLE stage_models (
  snapshot_date DATE,
  seq BIGINT,
  id VARCHAR,
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
  tags VARCHAR,                 -- the tags joined by U+001F (one CSV field; split by merge_models_winners)
  source_file VARCHAR,
  parameters BIGINT
);
CREATE OR REPLACE TEMP TABLE stage_edges (
  snapshot_date DATE,
  child VARCHAR,
  parent VARCHAR,
  relation VARCHAR,
  source VARCHAR
);

-- Per-ingest staging tables, filled inside the ingest transaction a batch of records per row (ColumnBatch):
-- numbers as BIGINT lists, texts joined by U+001E (null as ''), unnested into stage_models and stage_edges at
-- commit (stage_unnest.sql). Days since 1970-01-01 and microseconds since the epoch stand for dates and times.
CREATE OR REPLACE TEMP TABLE stage_model_batches (
  day BIGINT[],
  seq BIGINT[],
  id VARCHAR,
  author VARCHAR,
  created_us BIGINT[],
  modified_us BIGINT[],
  downloads BIGINT[],
  downloads_all_time BIGINT[],
  likes BIGINT[],
  license VARCHAR,
  license_name VARCHAR,
  license_link VARCHAR,
  pipeline_tag VARCHAR,
  library_name VARCHAR,
  tags VARCHAR,                 -- a record's tags joined by U+001F (split again by merge_models_winners)
  source_file VARCHAR
);
CREATE OR REPLACE TEMP TABLE stage_edge_batches (
  day BIGINT[],
  child VARCHAR,
  parent VARCHAR,
  relation VARCHAR,
  source VARCHAR
);

-- Ingest benchmark baseline: the rows baseline_load_json loaded.
SELECT count(*) AS loaded FROM baseline_json;

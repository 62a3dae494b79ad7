-- Ingest benchmark baseline: DuckDB's own JSON Lines reader, every field as detected, into a plain table.
CREATE OR REPLACE TABLE baseline_json AS
SELECT * FROM read_json(?, format = 'newline_delimited');

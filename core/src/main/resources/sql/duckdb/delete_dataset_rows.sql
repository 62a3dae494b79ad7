-- Rows an earlier ingest of the same file put in a reference-dataset table ({table} is a table name chosen by code,
-- never by user text).
DELETE FROM {table} WHERE source_file = ?;

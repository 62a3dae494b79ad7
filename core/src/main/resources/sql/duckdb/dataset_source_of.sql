-- The stored row of one reference-dataset file (format, file name), to say in the ingest summary which rows a
-- re-ingest of a file of the same name replaces. Parameters: format, file name.
SELECT format, file_name, sha256, records, data_date, ingested_at
FROM dataset_sources
WHERE format = ? AND file_name = ?;

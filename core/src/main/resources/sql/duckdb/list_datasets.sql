SELECT format, file_name, sha256, records, data_date, ingested_at
FROM dataset_sources
ORDER BY format, data_date, file_name;

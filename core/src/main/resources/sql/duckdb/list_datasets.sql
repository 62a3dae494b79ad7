-- The reference-dataset files ingested, with their provenance (NULL where a file did not come from a fetch; times
-- as UTC text).
SELECT format, file_name, sha256, records, data_date, ingested_at, fetch_source, url,
       strftime(fetched_at, '%Y-%m-%dT%H:%M:%SZ') AS fetched_at,
       strftime(checked_at, '%Y-%m-%dT%H:%M:%SZ') AS checked_at, etag, last_modified
FROM dataset_sources
ORDER BY format, data_date, file_name;

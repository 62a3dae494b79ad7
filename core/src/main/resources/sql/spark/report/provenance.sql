-- Spark: where the data of a report came from, as sql/duckdb/report/provenance.sql (the exported snapshot_sources
-- and dataset_sources carry the fetch columns); times in UTC (the session's time zone).
SELECT 'snapshot' AS kind, file_name AS file, format, fetch_source AS source, url,
       date_format(fetched_at, "yyyy-MM-dd'T'HH:mm:ss'Z'") AS fetched_at,
       date_format(checked_at, "yyyy-MM-dd'T'HH:mm:ss'Z'") AS checked_at, etag, last_modified, sha256
FROM snapshot_sources
WHERE snapshot_date = (SELECT snapshot_date FROM r_snapshot) AND url IS NOT NULL
UNION ALL
SELECT 'dataset', file_name, format, fetch_source, url,
       date_format(fetched_at, "yyyy-MM-dd'T'HH:mm:ss'Z'"), date_format(checked_at, "yyyy-MM-dd'T'HH:mm:ss'Z'"),
       etag, last_modified, sha256
FROM dataset_sources
WHERE url IS NOT NULL
ORDER BY kind DESC, source, file;

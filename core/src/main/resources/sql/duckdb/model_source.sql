-- The source file of one model's record and its provenance (parameters: snapshot date, file name); the latest
-- ingest of that file name when it was ingested with other bytes before.
SELECT file_name AS file, format, sha256, fetch_source AS source, url,
       strftime(fetched_at, '%Y-%m-%dT%H:%M:%SZ') AS fetched_at,
       strftime(checked_at, '%Y-%m-%dT%H:%M:%SZ') AS checked_at, etag, last_modified
FROM snapshot_sources
WHERE snapshot_date = CAST(? AS DATE) AND file_name = ?
ORDER BY ingested_at DESC
LIMIT 1;

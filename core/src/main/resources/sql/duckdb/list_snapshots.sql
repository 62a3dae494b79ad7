-- Every snapshot with its source files and their provenance (NULL where a file did not come from a fetch).
SELECT s.snapshot_date, s.models, s.edges, s.nodes, s.ingested_at,
       src.file_name, src.sha256, src.format, src.records_read, src.records_stored, src.records_skipped,
       src.fetch_source, src.url, src.fetched_at, src.checked_at, src.etag, src.last_modified
FROM snapshots s
LEFT JOIN snapshot_sources src USING (snapshot_date)
ORDER BY s.snapshot_date, src.file_name;

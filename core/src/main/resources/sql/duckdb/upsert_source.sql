INSERT OR REPLACE INTO snapshot_sources
  (snapshot_date, file_name, sha256, format, records_read, records_stored, records_skipped, edges_read, ingested_at,
   fetch_source, url, fetched_at, checked_at, etag, last_modified)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

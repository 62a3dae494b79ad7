INSERT OR REPLACE INTO dataset_sources
  (format, file_name, sha256, records, data_date, ingested_at, fetch_source, url, fetched_at, checked_at, etag,
   last_modified)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

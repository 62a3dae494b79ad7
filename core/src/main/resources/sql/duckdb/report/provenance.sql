-- Where the data of a report came from: the snapshot's source files and the reference-dataset files that a fetch
-- or update wrote (their MANIFEST.json entry: fetch source, URL, fetch time, last confirmation, validators), beside
-- their sha256. Files ingested from elsewhere have no URL and are left out. The snapshot is r_snapshot's.
SELECT 'snapshot' AS kind, file_name AS file, format, fetch_source AS source, url,
       strftime(fetched_at, '%Y-%m-%dT%H:%M:%SZ') AS fetched_at,
       strftime(checked_at, '%Y-%m-%dT%H:%M:%SZ') AS checked_at, etag, last_modified, sha256
FROM snapshot_sources
WHERE snapshot_date = (SELECT snapshot_date FROM r_snapshot) AND url IS NOT NULL
UNION ALL
SELECT 'dataset', file_name, format, fetch_source, url,
       strftime(fetched_at, '%Y-%m-%dT%H:%M:%SZ'), strftime(checked_at, '%Y-%m-%dT%H:%M:%SZ'), etag, last_modified,
       sha256
FROM dataset_sources
WHERE url IS NOT NULL
ORDER BY kind DESC, source, file;

-- The sources the update of a snapshot's date could not fetch (parameter: the snapshot date).
SELECT source, url, reason, strftime(recorded_at, '%Y-%m-%dT%H:%M:%SZ') AS recorded_at
FROM snapshot_missing_sources
WHERE snapshot_date = CAST(? AS DATE)
ORDER BY source;

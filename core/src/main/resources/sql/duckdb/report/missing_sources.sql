-- The sources the update of a snapshot's date could not fetch (of r_snapshot's date).
SELECT source, url, reason, strftime(recorded_at, '%Y-%m-%dT%H:%M:%SZ') AS recorded_at
FROM snapshot_missing_sources
WHERE snapshot_date = (SELECT snapshot_date FROM r_snapshot)
ORDER BY source;

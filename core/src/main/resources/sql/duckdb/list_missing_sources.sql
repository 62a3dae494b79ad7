-- Sources an `update --allow-partial` could not fetch, per snapshot date.
SELECT snapshot_date, source, url, reason, recorded_at
FROM snapshot_missing_sources
ORDER BY snapshot_date, source;

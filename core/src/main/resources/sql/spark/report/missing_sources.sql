-- Spark: the sources the update of the snapshot's date could not fetch, as sql/duckdb/report/missing_sources.sql.
SELECT source, url, reason, date_format(recorded_at, "yyyy-MM-dd'T'HH:mm:ss'Z'") AS recorded_at
FROM snapshot_missing_sources
WHERE snapshot_date = (SELECT snapshot_date FROM r_snapshot)
ORDER BY source;

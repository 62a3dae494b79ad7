-- A source an update could not fetch for a snapshot date (date, source, url, reason, recorded_at).
INSERT OR REPLACE INTO snapshot_missing_sources VALUES (CAST(? AS DATE), ?, ?, ?, ?);

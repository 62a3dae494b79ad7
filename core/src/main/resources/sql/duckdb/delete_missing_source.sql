-- Forgets an earlier miss of a source for a snapshot date (parameters: date, source): the source arrived.
DELETE FROM snapshot_missing_sources WHERE snapshot_date = CAST(? AS DATE) AND source = ?;

-- Empties the snapshot of one date (parameter) inside an ingest, before `update` ingests that day's folder again:
-- the snapshot is then exactly what the folder holds. Rolled back with the ingest when it fails.
DELETE FROM models WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM edges WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshot_sources WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshot_issues WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshots WHERE snapshot_date = CAST(? AS DATE);

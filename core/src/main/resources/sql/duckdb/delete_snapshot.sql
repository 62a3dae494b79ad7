-- Every row of one snapshot (its models, edges, source files, dirt counts, the sources its update missed and its
-- own row). `observatory delete --snapshot D` runs it in one transaction; `update` runs it inside an ingest before
-- it ingests that day's folder again, so the snapshot is then exactly what the folder holds (rolled back with the
-- ingest when it fails). Each statement takes the date as its one parameter.
DELETE FROM models WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM edges WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshot_issues WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshot_sources WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshot_missing_sources WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshots WHERE snapshot_date = CAST(? AS DATE);

-- `observatory delete --snapshot D`: every row of one snapshot (its models, edges, source files, dirt counts and
-- its own row), run in one transaction. Each statement takes the date as its one parameter.
DELETE FROM models WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM edges WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshot_issues WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshot_sources WHERE snapshot_date = CAST(? AS DATE);
DELETE FROM snapshots WHERE snapshot_date = CAST(? AS DATE);

-- One snapshot's rows of a small table (snapshots, snapshot_sources, snapshot_issues) to one Parquet file of the
-- partition folder <dir>/<table>/snapshot_date=YYYY-MM-DD/ (the date is the folder's, not a column; a file is
-- written even when no row is). {table} and {file} are filled in by the export; parameter: the snapshot date.
COPY (SELECT * EXCLUDE (snapshot_date) FROM {table} WHERE snapshot_date = CAST(? AS DATE))
TO '{file}' (FORMAT parquet);

-- One snapshot's rows of a table to one Parquet file of the partition folder <dir>/<table>/snapshot_date=YYYY-MM-DD/
-- (the date is the folder's, not a column): the small tables (snapshots, snapshot_sources, snapshot_issues), and
-- models or edges when the snapshot has none (DuckDB's partitioned COPY writes no folder for zero rows; this writes
-- a file with the table's columns and no rows, so the Spark engine reads the snapshot as one without edges).
-- {table} and {file} are filled in by the export; parameter: the snapshot date.
COPY (SELECT * EXCLUDE (snapshot_date) FROM {table} WHERE snapshot_date = CAST(? AS DATE))
TO '{file}' (FORMAT parquet);

-- An empty partition of a table for a snapshot that has no rows in it (a snapshot without edges, e.g. the 2022
-- Liang sample): DuckDB's partitioned COPY writes no folder for zero rows, so export writes one Parquet file with
-- the table's columns (without snapshot_date, which the folder name carries) and no rows. The Spark engine then
-- reads the snapshot as one without edges instead of failing on a missing path.
-- {table} is models or edges, {file} the Parquet file <dir>/<table>/snapshot_date=YYYY-MM-DD/data_0.parquet.
COPY (SELECT * EXCLUDE (snapshot_date) FROM {table} LIMIT 0) TO '{file}' (FORMAT parquet);

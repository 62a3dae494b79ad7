-- A table as the report prepares it (a reference dataset, the origin registry, ...) to one Parquet file, written
-- even when it is empty. {table} and {file} are filled in by the export.
COPY (SELECT * FROM {table}) TO '{file}' (FORMAT parquet);

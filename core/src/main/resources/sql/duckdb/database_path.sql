-- The file of the database the connection writes to; NULL for an in-memory database. The ingest puts its
-- staging files beside it.
SELECT path FROM duckdb_databases() WHERE database_name = current_database();

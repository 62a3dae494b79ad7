-- Spark: the settings of the trend indicators, as sql/duckdb/trend_settings.sql holds them for a DuckDB report:
-- the Spark engine computes the defaults (min_downloads 0: every node counts in the monthly series).
CREATE OR REPLACE TEMP VIEW trend_settings AS SELECT CAST(0 AS BIGINT) AS min_downloads;

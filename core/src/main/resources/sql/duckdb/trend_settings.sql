-- The settings of the trend indicators for the report being made (TrendSettings): the least 30-day downloads a
-- model needs to count in the monthly series (report --min-downloads; 0 keeps every node).
CREATE OR REPLACE TEMP TABLE trend_settings (
  min_downloads BIGINT NOT NULL
);

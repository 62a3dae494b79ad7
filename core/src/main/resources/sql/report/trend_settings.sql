-- The settings of the trend indicators the engine prepared (report --min-downloads).
SELECT min_downloads FROM trend_settings;

-- What usage data the report rests on: the weeks of the weekly rankings and the days of usage CSVs; and the
-- savings settings the usage tables were prepared with (usage_settings).
SELECT
  (SELECT count(DISTINCT week) FROM usage_weekly) AS weeks,
  (SELECT min(week) FROM usage_weekly) AS first_week,
  (SELECT max(week) FROM usage_weekly) AS last_week,
  (SELECT min(charted_models) FROM usage_weekly) AS min_charted,
  (SELECT max(charted_models) FROM usage_weekly) AS max_charted,
  (SELECT count(DISTINCT source_file) FROM usage_weekly) AS weekly_files,
  (SELECT count(DISTINCT day) FROM usage_daily) AS days,
  (SELECT min(day) FROM usage_daily) AS first_day,
  (SELECT max(day) FROM usage_daily) AS last_day,
  (SELECT count(*) FROM usage_api_models) AS api_models,
  (SELECT count(DISTINCT vendor) FROM usage_vendor_prices) AS price_vendors,
  (SELECT efficiency_min FROM usage_settings) AS efficiency_min,
  (SELECT efficiency_max FROM usage_settings) AS efficiency_max;

-- Test: per usage model-week matched to a vendor price list (llm-prices), OpenRouter's weekly list prices beside
-- the vendor's list price valid that week. Needs the report's temp tables (u_weekly, usage_models).
SELECT w.week, w.slug, m.maker, w.prompt_usd_per_m, w.completion_usd_per_m,
       v.input_usd_per_m, v.output_usd_per_m
FROM u_weekly w
JOIN usage_models m ON m.slug = w.slug
JOIN usage_vendor_prices v
  ON v.vendor = m.vendor AND v.model_id = m.vendor_model
 AND (v.from_date IS NULL OR v.from_date <= w.week) AND (v.to_date IS NULL OR w.week < v.to_date)
WHERE NOT w.is_free
ORDER BY w.week, w.slug;

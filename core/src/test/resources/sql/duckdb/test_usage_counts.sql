-- Test: rows of every usage table.
SELECT (SELECT count(*) FROM usage_weekly) AS weekly,
       (SELECT count(DISTINCT week) FROM usage_weekly) AS weeks,
       (SELECT count(*) FROM usage_api_models) AS api,
       (SELECT count(*) FROM usage_api_models WHERE hugging_face_id IS NOT NULL) AS api_hf,
       (SELECT count(*) FROM usage_vendor_prices) AS prices,
       (SELECT count(DISTINCT vendor || '/' || model_id) FROM usage_vendor_prices) AS price_models,
       (SELECT count(*) FROM usage_daily) AS daily,
       (SELECT sum(total_tokens) FROM usage_weekly) AS weekly_tokens;

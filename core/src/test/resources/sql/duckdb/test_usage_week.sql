-- Test: the stored rows of one week, by rank.
SELECT rank, slug, total_tokens, prompt_tokens, completion_tokens, prompt_usd_per_m, completion_usd_per_m, is_free,
       charted_models, source_file
FROM usage_weekly
WHERE week = CAST(? AS DATE)
ORDER BY rank;

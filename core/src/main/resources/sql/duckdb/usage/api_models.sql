-- The OpenRouter models-API entries, for mapping usage slugs (the most recently ingested file first).
SELECT a.id, a.canonical_slug, a.hugging_face_id
FROM usage_api_models a
LEFT JOIN dataset_sources d ON d.format = 'openrouter-models' AND d.file_name = a.source_file
ORDER BY d.ingested_at DESC NULLS LAST, a.source_file, a.id;

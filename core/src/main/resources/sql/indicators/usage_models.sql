-- 9, the mapping: every usage model with its maker, origin, weights and capability band, and why.
SELECT m.slug, m.maker, m.origin, m.weights, m.band,
       count(DISTINCT w.week) AS weeks, min(w.week) AS first_week, max(w.week) AS last_week, min(w.rank) AS best_rank,
       m.origin_basis, m.weights_basis, m.band_basis, m.api_id, m.hugging_face_id,
       CASE WHEN m.vendor IS NULL THEN NULL ELSE m.vendor || '/' || m.vendor_model END AS vendor_price_list
FROM usage_models m
LEFT JOIN u_weekly_cost w ON w.slug = m.slug
GROUP BY ALL
ORDER BY weeks DESC, m.slug;

-- The usage rows every usage indicator reads, joined with the mapping (usage_models, loaded first).
-- u_weekly: one file per week (the last ingested file of a week wins, so a week is never counted twice), with
-- each row's prompt share of its prompt+completion tokens (the pooled share of all weeks when a row has no
-- breakdown) and its price: the week's own list price, else the models-API price, else the vendor's list
-- price valid that week; free variants cost 0.
CREATE OR REPLACE TEMP TABLE u_weekly AS
WITH files AS (
  SELECT f.week, f.source_file
  FROM (SELECT DISTINCT week, source_file FROM usage_weekly) f
  LEFT JOIN dataset_sources d ON d.format = 'openrouter-weekly' AND d.file_name = f.source_file
  QUALIFY row_number() OVER (PARTITION BY f.week ORDER BY d.ingested_at DESC NULLS LAST, f.source_file DESC) = 1
),
picked AS (
  SELECT w.* FROM usage_weekly w JOIN files f ON f.week = w.week AND f.source_file = w.source_file
),
pooled AS (
  SELECT sum(prompt_tokens)::DOUBLE / nullif(sum(prompt_tokens + completion_tokens), 0) AS prompt_share
  FROM picked
  WHERE coalesce(prompt_tokens, 0) + coalesce(completion_tokens, 0) > 0
),
api AS (
  SELECT id, any_value(prompt_usd_per_m) AS prompt_usd_per_m, any_value(completion_usd_per_m) AS completion_usd_per_m
  FROM usage_api_models
  GROUP BY id
),
vendor AS (
  SELECT r.week, r.slug, min(v.input_usd_per_m) AS input_usd_per_m, min(v.output_usd_per_m) AS output_usd_per_m
  FROM picked r
  JOIN usage_models m ON m.slug = r.slug
  JOIN usage_vendor_prices v
    ON v.vendor = m.vendor AND v.model_id = m.vendor_model
   AND (v.from_date IS NULL OR v.from_date <= r.week) AND (v.to_date IS NULL OR r.week < v.to_date)
  GROUP BY r.week, r.slug
),
priced AS (
  SELECT r.*,
         coalesce(m.maker, split_part(r.slug, '/', 1)) AS maker,
         coalesce(m.origin, 'UNATTRIBUTED') AS origin,
         coalesce(m.weights, 'unknown') AS weights,
         m.band,
         CASE WHEN coalesce(r.prompt_tokens, 0) + coalesce(r.completion_tokens, 0) > 0
              THEN r.prompt_tokens::DOUBLE / (r.prompt_tokens + r.completion_tokens)
              ELSE (SELECT prompt_share FROM pooled) END AS prompt_share,
         CASE WHEN coalesce(r.prompt_tokens, 0) + coalesce(r.completion_tokens, 0) > 0
              THEN 'own' ELSE 'pooled' END AS mix,
         CASE WHEN r.is_free THEN 'free'
              WHEN coalesce(r.prompt_usd_per_m, 0) > 0 OR coalesce(r.completion_usd_per_m, 0) > 0 THEN 'weekly'
              WHEN a.prompt_usd_per_m IS NOT NULL AND a.completion_usd_per_m IS NOT NULL THEN 'models-api'
              WHEN v.input_usd_per_m IS NOT NULL THEN 'llm-prices'
              ELSE 'none' END AS price_source,
         a.prompt_usd_per_m AS api_in, a.completion_usd_per_m AS api_out,
         v.input_usd_per_m AS vendor_in, v.output_usd_per_m AS vendor_out
  FROM picked r
  LEFT JOIN usage_models m ON m.slug = r.slug
  LEFT JOIN api a ON a.id = m.api_id
  LEFT JOIN vendor v ON v.week = r.week AND v.slug = r.slug
)
SELECT p.* EXCLUDE (api_in, api_out, vendor_in, vendor_out),
       CASE price_source WHEN 'free' THEN 0 WHEN 'weekly' THEN coalesce(prompt_usd_per_m, 0)
            WHEN 'models-api' THEN api_in WHEN 'llm-prices' THEN vendor_in END AS price_in,
       CASE price_source WHEN 'free' THEN 0 WHEN 'weekly' THEN coalesce(completion_usd_per_m, 0)
            WHEN 'models-api' THEN api_out WHEN 'llm-prices' THEN vendor_out END AS price_out
FROM priced p;

-- The blended price (USD per 1M tokens, at the row's own prompt/completion mix) and what the row's tokens cost.
CREATE OR REPLACE TEMP TABLE u_weekly_cost AS
SELECT *,
       prompt_share * price_in + (1 - prompt_share) * price_out AS price,
       total_tokens / 1e6 * (prompt_share * price_in + (1 - prompt_share) * price_out) AS cost_usd,
       week = (SELECT max(week) FROM usage_weekly) AS latest_week
FROM u_weekly;

-- u_daily: usage CSV rows, one file per day and model (the last ingested file wins).
CREATE OR REPLACE TEMP TABLE u_daily AS
SELECT u.day, u.model, u.tokens, u.requests,
       coalesce(m.origin, 'UNATTRIBUTED') AS origin, coalesce(m.weights, 'unknown') AS weights
FROM usage_daily u
LEFT JOIN dataset_sources d ON d.format = 'usage-csv' AND d.file_name = u.source_file
LEFT JOIN usage_models m ON m.slug = u.model
QUALIFY row_number() OVER (PARTITION BY u.day, u.model ORDER BY d.ingested_at DESC NULLS LAST, u.source_file DESC) = 1;

-- u_reallocation: every paid, priced closed model-week with the cheapest paid open model of its capability band
-- charted the same week, priced at the closed model's own prompt/completion mix (Nagle & Yue's reallocation).
CREATE OR REPLACE TEMP TABLE u_reallocation AS
WITH closed AS (
  SELECT * FROM u_weekly_cost WHERE weights = 'closed' AND NOT is_free AND price IS NOT NULL
),
opens AS (
  SELECT * FROM u_weekly_cost WHERE weights = 'open' AND NOT is_free AND price > 0 AND band IS NOT NULL
),
best AS (
  SELECT c.week, c.slug, o.slug AS target,
         c.prompt_share * o.price_in + (1 - c.prompt_share) * o.price_out AS target_price
  FROM closed c
  JOIN opens o ON o.week = c.week AND o.band = c.band
  QUALIFY row_number() OVER (PARTITION BY c.week, c.slug
                             ORDER BY c.prompt_share * o.price_in + (1 - c.prompt_share) * o.price_out, o.slug) = 1
)
SELECT c.week, c.latest_week, c.slug AS model, c.band, c.total_tokens AS tokens, c.price, c.cost_usd,
       b.target, b.target_price, c.total_tokens / 1e6 * b.target_price AS target_cost_usd,
       CASE WHEN c.band IS NULL THEN 'not moved: no capability band'
            WHEN b.target IS NULL THEN 'not moved: no paid open model of its band charted that week'
            ELSE 'moved' END AS status
FROM closed c
LEFT JOIN best b ON b.week = c.week AND b.slug = c.slug;

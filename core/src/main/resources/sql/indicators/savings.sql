-- 10. Per week of OpenRouter's weekly rankings: the usage-weighted average price (USD per 1M tokens, each model
-- at its own prompt/completion mix) of open and of closed models, and the saving if closed demand moved to the
-- cheapest open model of its capability band (u_reallocation), as a range over the token-efficiency factor f
-- (open models using f times the tokens per task): saving(f) = closed cost - f x open cost at 1x.
-- Paid rows only; shares are of the week's charted paid spend.
WITH weekly AS (
  SELECT week,
         sum(total_tokens) FILTER (WHERE NOT is_free AND price IS NOT NULL) AS paid_tokens,
         coalesce(sum(total_tokens) FILTER (WHERE is_free), 0) AS free_tokens,
         sum(cost_usd) FILTER (WHERE NOT is_free) AS spend_usd,
         sum(cost_usd) FILTER (WHERE weights = 'open' AND NOT is_free)
           / sum(total_tokens / 1e6) FILTER (WHERE weights = 'open' AND NOT is_free AND price IS NOT NULL)
           AS avg_price_open,
         sum(cost_usd) FILTER (WHERE weights = 'closed' AND NOT is_free)
           / sum(total_tokens / 1e6) FILTER (WHERE weights = 'closed' AND NOT is_free AND price IS NOT NULL)
           AS avg_price_closed,
         CASE WHEN bool_or(mix = 'pooled') THEN 'pooled' ELSE 'own' END AS mix
  FROM u_weekly_cost
  GROUP BY week
),
moved AS (
  SELECT week,
         coalesce(sum(tokens) FILTER (WHERE status = 'moved'), 0) AS moved_tokens,
         coalesce(sum(tokens) FILTER (WHERE status <> 'moved'), 0) AS unmoved_tokens,
         coalesce(sum(cost_usd) FILTER (WHERE status = 'moved'), 0) AS closed_cost_usd,
         coalesce(sum(target_cost_usd) FILTER (WHERE status = 'moved'), 0) AS open_cost_usd
  FROM u_reallocation
  GROUP BY week
)
SELECT w.week, w.paid_tokens, w.free_tokens, w.avg_price_open, w.avg_price_closed,
       w.avg_price_closed / nullif(w.avg_price_open, 0) AS price_ratio,
       w.spend_usd, coalesce(m.moved_tokens, 0) AS moved_tokens, coalesce(m.unmoved_tokens, 0) AS unmoved_tokens,
       coalesce(m.closed_cost_usd, 0) AS closed_cost_usd, coalesce(m.open_cost_usd, 0) AS open_cost_usd,
       s.efficiency_min, s.efficiency_max,
       coalesce(m.closed_cost_usd, 0) - s.efficiency_max * coalesce(m.open_cost_usd, 0) AS saving_low_usd,
       coalesce(m.closed_cost_usd, 0) - s.efficiency_min * coalesce(m.open_cost_usd, 0) AS saving_high_usd,
       (coalesce(m.closed_cost_usd, 0) - s.efficiency_max * coalesce(m.open_cost_usd, 0)) / nullif(w.spend_usd, 0)
         AS saving_share_low,
       (coalesce(m.closed_cost_usd, 0) - s.efficiency_min * coalesce(m.open_cost_usd, 0)) / nullif(w.spend_usd, 0)
         AS saving_share_high,
       m.closed_cost_usd / nullif(m.open_cost_usd, 0) AS break_even_factor,
       w.mix
FROM weekly w
LEFT JOIN moved m ON m.week = w.week
CROSS JOIN usage_settings s
ORDER BY w.week DESC;

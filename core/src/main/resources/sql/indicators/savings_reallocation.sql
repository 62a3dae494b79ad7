-- 10, per closed model-week: where its demand moves (the cheapest paid open model of its capability band charted
-- the same week, priced at the closed model's own prompt/completion mix), its cost, the open model's cost at 1x,
-- and the saving over the token-efficiency range: saving(f) = cost - f x open cost. Paid rows only.
SELECT r.week, r.latest_week, r.model, r.band, r.tokens, r.price, r.cost_usd, r.target, r.target_price,
       r.target_cost_usd, s.efficiency_min, s.efficiency_max,
       r.cost_usd - s.efficiency_max * r.target_cost_usd AS saving_low_usd,
       r.cost_usd - s.efficiency_min * r.target_cost_usd AS saving_high_usd,
       r.status
FROM u_reallocation r
CROSS JOIN usage_settings s
ORDER BY r.week DESC, r.cost_usd DESC, r.model;

-- 9. Tokens by origin of the maker x open/closed weights, per period: the weeks of OpenRouter's weekly rankings
-- (tokens of the charted top N) and the days of usage CSVs; share = of the period's total of that source.
WITH t AS (
  SELECT 'openrouter-weekly' AS source, week AS period, latest_week, origin, weights, total_tokens AS tokens
  FROM u_weekly_cost
  UNION ALL
  SELECT 'usage-csv' AS source, day AS period, false AS latest_week, origin, weights, tokens
  FROM u_daily
)
SELECT source, period, latest_week, origin, weights, origin || ' ' || weights AS origin_weights,
       count(*) AS models, sum(tokens) AS tokens,
       sum(tokens) / nullif(sum(sum(tokens)) OVER (PARTITION BY source, period), 0) AS share
FROM t
GROUP BY source, period, latest_week, origin, weights
ORDER BY source, period DESC, tokens DESC, origin, weights;

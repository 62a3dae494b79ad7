-- 9. Tokens by origin of the maker x open/closed weights, per period: the weeks of OpenRouter's weekly rankings
-- (tokens of the charted top N) and the days of usage CSVs; share = of the period's total of that source.
-- share_low / share_high: the share if none / all of the period's UNATTRIBUTED tokens (makers the registry does not
-- place, OpenRouter's undisclosed stealth makers) belonged to the row's origin (the UNATTRIBUTED rows: 0 to their
-- share).
WITH t AS (
  SELECT 'openrouter-weekly' AS source, week AS period, latest_week, origin, weights, total_tokens AS tokens
  FROM u_weekly_cost
  UNION ALL
  SELECT 'usage-csv' AS source, day AS period, false AS latest_week, origin, weights, tokens
  FROM u_daily
),
per AS (
  SELECT source, period, latest_week, origin, weights, count(*) AS models, sum(tokens) AS tokens
  FROM t
  GROUP BY source, period, latest_week, origin, weights
),
tot AS (
  SELECT source, period, sum(tokens) AS total,
         sum(CASE WHEN origin = 'UNATTRIBUTED' THEN tokens ELSE 0 END) AS unattributed
  FROM per
  GROUP BY source, period
)
SELECT p.source, p.period, p.latest_week, p.origin, p.weights, p.origin || ' ' || p.weights AS origin_weights,
       p.models, p.tokens,
       p.tokens / nullif(tot.total, 0) AS share,
       CASE WHEN p.origin = 'UNATTRIBUTED' THEN CAST(0 AS DOUBLE) ELSE p.tokens / nullif(tot.total, 0) END AS share_low,
       CASE WHEN p.origin = 'UNATTRIBUTED' THEN p.tokens / nullif(tot.total, 0)
            ELSE (p.tokens + tot.unattributed) / nullif(tot.total, 0) END AS share_high
FROM per p JOIN tot ON tot.source = p.source AND tot.period = p.period
ORDER BY p.source, p.period DESC, p.tokens DESC, p.origin, p.weights;

-- 9, headline series: per week of OpenRouter's weekly rankings, the charted tokens and the shares made in China,
-- the US, elsewhere and by unattributed makers (0, not null, for an origin without tokens that week), and the share
-- of open-weights models (Chinese ones apart). Each share S has S_low and S_high: its value if none / all of the
-- week's UNATTRIBUTED tokens belonged to it (for open_share: the tokens of unknown weights, OpenRouter's stealth
-- models; for cn_open_share: UNATTRIBUTED tokens whose weights are not closed). attributed_share is the week's own
-- attribution coverage, the tokens basis of report/coverage.sql restricted to that week (the part of the week's tokens
-- whose maker the registry places): the scorecard prints it beside the week's figure, where the all-weeks coverage
-- (meta.usage_share_by_week.coverage) would misstate a week like 2026-03-23 (91.6% against 99.0% over all weeks).
WITH w AS (
  SELECT week, any_value(charted_models) AS charted_models, sum(total_tokens) AS tokens,
         coalesce(sum(total_tokens) FILTER (WHERE origin = 'CN'), 0) AS cn_tokens,
         coalesce(sum(total_tokens) FILTER (WHERE origin = 'US'), 0) AS us_tokens,
         coalesce(sum(total_tokens) FILTER (WHERE origin NOT IN ('CN', 'US', 'UNATTRIBUTED')), 0) AS other_tokens,
         coalesce(sum(total_tokens) FILTER (WHERE origin = 'UNATTRIBUTED'), 0) AS unattributed_tokens,
         coalesce(sum(total_tokens) FILTER (WHERE weights = 'open'), 0) AS open_tokens,
         coalesce(sum(total_tokens) FILTER (WHERE weights = 'unknown'), 0) AS unknown_weights_tokens,
         coalesce(sum(total_tokens) FILTER (WHERE origin = 'CN' AND weights = 'open'), 0) AS cn_open_tokens,
         coalesce(sum(total_tokens) FILTER (WHERE origin = 'UNATTRIBUTED' AND weights <> 'closed'), 0)
           AS unattributed_not_closed_tokens
  FROM u_weekly_cost
  GROUP BY week
)
SELECT week, charted_models, tokens, cn_tokens, us_tokens, other_tokens, unattributed_tokens,
       cn_tokens / tokens AS cn_share,
       cn_tokens / tokens AS cn_share_low,
       (cn_tokens + unattributed_tokens) / tokens AS cn_share_high,
       us_tokens / tokens AS us_share,
       us_tokens / tokens AS us_share_low,
       (us_tokens + unattributed_tokens) / tokens AS us_share_high,
       open_tokens / tokens AS open_share,
       open_tokens / tokens AS open_share_low,
       (open_tokens + unknown_weights_tokens) / tokens AS open_share_high,
       cn_open_tokens / tokens AS cn_open_share,
       cn_open_tokens / tokens AS cn_open_share_low,
       (cn_open_tokens + unattributed_not_closed_tokens) / tokens AS cn_open_share_high,
       (tokens - unattributed_tokens) / tokens AS attributed_share
FROM w
ORDER BY week DESC;

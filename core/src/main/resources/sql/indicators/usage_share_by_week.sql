-- 9, headline series: per week of OpenRouter's weekly rankings, the charted tokens and the shares made in China,
-- the US, elsewhere and by unattributed makers (0, not null, for an origin without tokens that week), and the share
-- of open-weights models (Chinese ones apart).
SELECT week, any_value(charted_models) AS charted_models, sum(total_tokens) AS tokens,
       coalesce(sum(total_tokens) FILTER (WHERE origin = 'CN'), 0) AS cn_tokens,
       coalesce(sum(total_tokens) FILTER (WHERE origin = 'US'), 0) AS us_tokens,
       coalesce(sum(total_tokens) FILTER (WHERE origin NOT IN ('CN', 'US', 'UNATTRIBUTED')), 0) AS other_tokens,
       coalesce(sum(total_tokens) FILTER (WHERE origin = 'UNATTRIBUTED'), 0) AS unattributed_tokens,
       coalesce(sum(total_tokens) FILTER (WHERE origin = 'CN'), 0) / sum(total_tokens) AS cn_share,
       coalesce(sum(total_tokens) FILTER (WHERE origin = 'US'), 0) / sum(total_tokens) AS us_share,
       coalesce(sum(total_tokens) FILTER (WHERE weights = 'open'), 0) / sum(total_tokens) AS open_share,
       coalesce(sum(total_tokens) FILTER (WHERE origin = 'CN' AND weights = 'open'), 0) / sum(total_tokens)
         AS cn_open_share
FROM u_weekly_cost
GROUP BY week
ORDER BY week DESC;

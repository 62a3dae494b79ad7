-- Every usage model to map: the slugs of the weekly rankings (with their latest display name) and the models of
-- usage CSVs.
SELECT slug, arg_max(name, week) AS name
FROM usage_weekly
GROUP BY slug
UNION
SELECT DISTINCT model AS slug, CAST(NULL AS VARCHAR) AS name
FROM usage_daily
WHERE model NOT IN (SELECT slug FROM usage_weekly)
ORDER BY slug;

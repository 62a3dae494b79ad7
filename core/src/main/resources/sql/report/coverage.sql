-- Attribution coverage of the report, per basis of its shares by origin (meta.<indicator>.coverage): of the
-- mass an indicator divides among origins, the part the origin registry places, the part of organisations it
-- does not place or does not know ("organisations unplaced": rows without a country, and accounts without a row),
-- and the part of the accounts it judges individuals (never placed). Needs the report tables (r_nodes, r_roots,
-- origins) and the usage table u_weekly_cost. No parameters. Bases:
--   downloads             30-day downloads by the model's own author (indicators 1, 7)
--   foundation_downloads  30-day downloads by the author of the model's root(s), 1/k (indicator 2)
--   first_party_downloads the same, models published by their root's own author only (indicator 3)
--   derivatives           derivatives by the author of their root(s), 1/k (indicator 4)
--   builders              builders of derivatives; a builder with a derivative on an UNATTRIBUTED root is not
--                         attributed, and counts as an individual's only when all such roots are individuals'
--   tokens                OpenRouter weekly tokens by the model's maker (indicator 9; undisclosed stealth makers
--                         count as organisations unplaced), all weeks loaded
--   new_derivatives       the derivatives of the monthly series (new_derivatives_by_month) by the author of their
--                         root(s), 1/k, every month and undated, with trend_settings.min_downloads as there
--   new_models            the records of new_models_by_month by their own author, with the same filter
-- Besides the report tables it reads trend_settings (report --min-downloads).
WITH k AS (SELECT author_key, kind FROM origins WHERE origin = 'UNATTRIBUTED'),
mass AS (
  SELECT 'downloads' AS basis, n.downloads AS mass, n.origin, k.kind
  FROM r_nodes n LEFT JOIN k ON k.author_key = lower(n.author)
  WHERE n.has_record
  UNION ALL
  SELECT 'foundation_downloads', n.downloads * r.weight, r.foundation_origin, k.kind
  FROM r_roots r JOIN r_nodes n ON n.idx = r.node LEFT JOIN k ON k.author_key = lower(r.root_author)
  WHERE n.has_record
  UNION ALL
  SELECT 'first_party_downloads', n.downloads * r.weight, r.foundation_origin, k.kind
  FROM r_roots r JOIN r_nodes n ON n.idx = r.node LEFT JOIN k ON k.author_key = lower(r.root_author)
  WHERE n.has_record AND lower(n.author) = lower(r.root_author)
  UNION ALL
  SELECT 'derivatives', r.weight, r.foundation_origin, k.kind
  FROM r_roots r LEFT JOIN k ON k.author_key = lower(r.root_author)
  WHERE r.depth > 0
  UNION ALL
  SELECT 'builders', 1.0,
         CASE WHEN bool_or(r.foundation_origin = 'UNATTRIBUTED') THEN 'UNATTRIBUTED' ELSE 'placed' END,
         CASE WHEN bool_and(r.foundation_origin <> 'UNATTRIBUTED' OR k.kind = 'individual') THEN 'individual' END
  FROM r_roots r JOIN r_nodes n ON n.idx = r.node LEFT JOIN k ON k.author_key = lower(r.root_author)
  WHERE r.depth > 0 AND n.author IS NOT NULL
  GROUP BY lower(n.author)
  UNION ALL
  SELECT 'tokens', w.total_tokens, w.origin, k.kind
  FROM u_weekly_cost w LEFT JOIN k ON k.author_key = lower(w.maker)
  UNION ALL
  SELECT 'new_derivatives', r.weight, r.foundation_origin, k.kind
  FROM r_roots r JOIN r_nodes n ON n.idx = r.node CROSS JOIN trend_settings s
  LEFT JOIN k ON k.author_key = lower(r.root_author)
  WHERE r.depth > 0 AND (s.min_downloads = 0 OR (n.has_record AND n.downloads >= s.min_downloads))
  UNION ALL
  SELECT 'new_models', 1.0, n.origin, k.kind
  FROM r_nodes n CROSS JOIN trend_settings s LEFT JOIN k ON k.author_key = lower(n.author)
  WHERE n.has_record AND n.downloads >= s.min_downloads
)
SELECT basis,
       sum(mass) AS total,
       sum(mass) FILTER (WHERE origin <> 'UNATTRIBUTED') / nullif(sum(mass), 0) AS attributed_share,
       coalesce(sum(mass) FILTER (WHERE origin = 'UNATTRIBUTED' AND kind IS DISTINCT FROM 'individual'), 0)
         / nullif(sum(mass), 0) AS organisations_unplaced_share,
       coalesce(sum(mass) FILTER (WHERE origin = 'UNATTRIBUTED' AND kind = 'individual'), 0)
         / nullif(sum(mass), 0) AS individuals_share
FROM mass
GROUP BY basis;

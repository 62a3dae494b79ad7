-- 12. Open-weight model releases by year and country (Epoch AI model data loaded with `ingest`), no parameters.
-- A model (by its Epoch name) counts once: as the row of the first loaded file that names it, in the order
-- notable, large-scale, frontier, all models (other file names after, by name), since the files disagree on a
-- model's countries, year or accessibility (818 of the 976 notable models are also in the older all_ai_models.csv,
-- about a quarter of them with another country, year or accessibility there); within
-- one file a row that states the accessibility comes first (SigLIP is in all_ai_models.csv twice). That
-- row decides its accessibility ("Open weights (...)"), its year and its origin: the row's origin as the loader
-- set it (EpochModelsLoader.origin: the registry's rule for one organisation, MULTI for several countries), or
-- UNATTRIBUTED when the row gives no country. So a year's rows sum to its distinct open-weight models and its
-- shares to 1. share_low / share_high bound the share by the year's UNATTRIBUTED models (rows without a
-- country): none / all of them given to the origin (the UNATTRIBUTED row: 0 to its share). An origin code in a
-- group of report --group (origin_groups: CN=CN,HK,MO) counts under the group's label, as the Hub origins do; MULTI
-- (several countries) stays MULTI.
WITH ranked AS (
  SELECT e.model, e.publication_date, e.open_weights, coalesce(g.label, e.origin, 'UNATTRIBUTED') AS origin,
         row_number() OVER (
           PARTITION BY e.model
           ORDER BY CASE e.source_file WHEN 'notable_ai_models.csv' THEN 1 WHEN 'large_scale_ai_models.csv' THEN 2
                                       WHEN 'frontier_ai_models.csv' THEN 3 WHEN 'all_ai_models.csv' THEN 4 ELSE 5 END,
                    e.source_file, e.accessibility IS NULL, e.publication_date, e.accessibility, e.origin) AS pick
  FROM epoch_models e
  LEFT JOIN origin_groups g ON g.code = e.origin
),
per AS (
  SELECT year(publication_date) AS year, origin, count(*) AS open_weight_models
  FROM ranked
  WHERE pick = 1 AND open_weights AND publication_date IS NOT NULL
  GROUP BY year(publication_date), origin
),
t AS (
  SELECT year, origin, open_weight_models,
         sum(open_weight_models) OVER (PARTITION BY year) AS total,
         sum(CASE WHEN origin = 'UNATTRIBUTED' THEN open_weight_models ELSE 0 END) OVER (PARTITION BY year)
           AS unattributed
  FROM per
)
SELECT year, origin, open_weight_models,
       open_weight_models / total AS share,
       CASE WHEN origin = 'UNATTRIBUTED' THEN CAST(0 AS DOUBLE) ELSE open_weight_models / total END AS share_low,
       CASE WHEN origin = 'UNATTRIBUTED' THEN open_weight_models / total
            ELSE (open_weight_models + unattributed) / total END AS share_high
FROM t
ORDER BY year DESC, open_weight_models DESC, origin;

-- 12. Open-weight model releases by year and country (Epoch AI model data loaded with `ingest`): distinct models
-- whose accessibility is "Open weights (...)", by the country of a single-organisation row; rows naming several
-- organisations count under MULTI.
SELECT year(publication_date) AS year, origin, count(DISTINCT model) AS open_weight_models,
       count(DISTINCT model) / sum(count(DISTINCT model)) OVER (PARTITION BY year(publication_date)) AS share
FROM epoch_models
WHERE open_weights AND publication_date IS NOT NULL AND origin IS NOT NULL
GROUP BY year(publication_date), origin
ORDER BY year DESC, open_weight_models DESC, origin;

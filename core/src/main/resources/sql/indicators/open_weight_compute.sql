-- 15. Open-weight models (Epoch AI accessibility "Open weights ...") by publication year and country, counted at
-- or above each training-compute threshold of compute_thresholds (report --thresholds; 1e25 FLOP is the EU AI
-- Act's systemic-risk presumption, 1e26 the US EO 14110 reporting threshold), with the largest training compute
-- of the year and country and the model that holds it. Rows: threshold_label 'all' (every open-weight model),
-- '>=<threshold>' per threshold, 'no estimate' (models without a compute estimate: counted, never dropped).
-- Country: the one country all of a row's organisations share (country_origin; MULTI when they differ,
-- UNATTRIBUTED when none is given). A model listed by several loaded Epoch files counts once (its row with the
-- largest compute estimate, then the file name last in order). A model without a publication date has year
-- NULL (none in Epoch's files of 2025-26). A country in a group of report --group (origin_groups: CN=CN,HK,MO)
-- counts under the group's label, as the Hub origins do.
WITH rows_ AS (
  SELECT e.model, e.publication_date, e.training_compute,
         coalesce(g.label, e.country_origin, 'UNATTRIBUTED') AS origin,
         row_number() OVER (PARTITION BY e.model
                            ORDER BY e.training_compute DESC NULLS LAST, e.source_file DESC) AS pick
  FROM epoch_models e
  LEFT JOIN origin_groups g ON g.code = e.country_origin
  WHERE e.open_weights
),
m AS (                -- year -1 stands for "no publication date" until the last SELECT (keeps joins plain)
  SELECT model, coalesce(year(publication_date), -1) AS year, origin, training_compute
  FROM rows_ WHERE pick = 1
),
top AS (
  SELECT year, origin, count(*) AS models, count(training_compute) AS estimated,
         max(training_compute) AS max_flop,
         max(CASE WHEN place = 1 AND training_compute IS NOT NULL THEN model END) AS max_model
  FROM (SELECT m.*, row_number() OVER (PARTITION BY year, origin
                                        ORDER BY training_compute DESC NULLS LAST, model) AS place
        FROM m) ranked
  GROUP BY year, origin
),
counts AS (
  SELECT year, origin, 'all' AS threshold_label, CAST(NULL AS DOUBLE) AS threshold, models, 0 AS position
  FROM top
  UNION ALL
  SELECT year, origin, 'no estimate', CAST(NULL AS DOUBLE), models - estimated, 2
  FROM top
  UNION ALL
  SELECT m.year, m.origin, c.label, c.threshold,
         count(CASE WHEN m.training_compute >= c.threshold THEN 1 END), 1
  FROM m
  CROSS JOIN compute_thresholds c
  GROUP BY m.year, m.origin, c.label, c.threshold
)
SELECT CASE WHEN c.year >= 0 THEN c.year END AS year, c.origin, c.threshold_label, c.threshold, c.models, t.max_flop, t.max_model
FROM counts c
JOIN top t ON t.year = c.year AND t.origin = c.origin
ORDER BY c.year DESC, t.models DESC, c.origin, c.position, c.threshold;

-- 1. Σ 30-day downloads of models with a record, by the origin of the model's own author.
SELECT origin, count(*) AS models, sum(downloads) AS downloads,
       sum(downloads) / nullif(sum(sum(downloads)) OVER (), 0) AS share
FROM r_nodes
WHERE has_record
GROUP BY origin
ORDER BY downloads DESC, origin;

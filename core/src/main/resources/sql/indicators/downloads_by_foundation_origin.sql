-- 2. Σ 30-day downloads of every model with a record, by the origin of its root(s); 1/k to each of k roots.
SELECT r.foundation_origin AS origin, sum(r.weight) AS models, sum(n.downloads * r.weight) AS downloads,
       sum(n.downloads * r.weight) / nullif(sum(sum(n.downloads * r.weight)) OVER (), 0) AS share
FROM r_roots r
JOIN r_nodes n ON n.idx = r.node
WHERE n.has_record
GROUP BY r.foundation_origin
ORDER BY downloads DESC, origin;

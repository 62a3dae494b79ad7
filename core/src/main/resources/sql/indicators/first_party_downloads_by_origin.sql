-- 3. As 2, but only models published by their root's own author (the root itself included).
SELECT r.foundation_origin AS origin, sum(r.weight) AS models, sum(n.downloads * r.weight) AS downloads,
       sum(n.downloads * r.weight) / nullif(sum(sum(n.downloads * r.weight)) OVER (), 0) AS share
FROM r_roots r
JOIN r_nodes n ON n.idx = r.node
WHERE n.has_record AND lower(n.author) = lower(r.root_author)
GROUP BY r.foundation_origin
ORDER BY downloads DESC, origin;

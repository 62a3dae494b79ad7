-- 6b. Families rolled up by root author (the "Qwen family"): roots, descendants, downloads with descendants
-- (1/k for k roots) and first-party downloads (models published by the root author itself).
SELECT r.root_author, any_value(r.foundation_origin) AS origin,
       count(DISTINCT r.root) AS roots,
       count(DISTINCT r.id) FILTER (WHERE r.id <> r.root) AS descendants,
       sum(n.downloads * r.weight) AS downloads,
       sum(n.downloads * r.weight) FILTER (WHERE lower(n.author) = lower(r.root_author)) AS first_party_downloads
FROM r_roots r JOIN r_nodes n USING (id)
WHERE r.root_author IS NOT NULL
GROUP BY r.root_author
ORDER BY downloads DESC, descendants DESC, r.root_author
LIMIT ?;

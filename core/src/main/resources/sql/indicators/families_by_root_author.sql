-- 6b. Families rolled up by root author (the "Qwen family"): roots, descendants, downloads with descendants
-- (1/k for k roots) and first-party downloads (models published by the root author itself); and the all-time
-- downloads of the same models (1/k), summed over the records that carry an all-time count (NULL when none does),
-- with all_time_coverage = the share of the family's records (1/k each) that carry one, and
-- all_time_download_coverage = the share of the family's 30-day downloads (1/k) on those records (NULL when the
-- family's records have no 30-day downloads): how much of the family the all-time sum can see.
-- Summed per root first; a descendant of two or more roots of one author counts once for that author.
WITH per_root AS (
  SELECT r.root_node, any_value(r.root_author) AS root_author, any_value(r.foundation_origin) AS origin,
         count(*) FILTER (WHERE r.depth > 0) AS descendants,
         sum(n.downloads * r.weight) AS downloads,
         sum(n.downloads * r.weight) FILTER (WHERE lower(n.author) = lower(r.root_author)) AS first_party,
         sum(n.downloads_all_time * r.weight) AS all_time,
         sum(r.weight) FILTER (WHERE n.has_record) AS records,
         coalesce(sum(r.weight) FILTER (WHERE n.downloads_all_time IS NOT NULL), 0) AS all_time_records,
         sum(n.downloads * r.weight) FILTER (WHERE n.has_record) AS record_downloads,
         coalesce(sum(n.downloads * r.weight) FILTER (WHERE n.downloads_all_time IS NOT NULL), 0)
           AS all_time_record_downloads
  FROM r_roots r JOIN r_nodes n ON n.idx = r.node
  WHERE r.root_author IS NOT NULL
  GROUP BY r.root_node
),
repeats AS (
  SELECT root_author, sum(c - 1) AS extra
  FROM (
    SELECT r.root_author, r.node, count(*) AS c
    FROM r_roots r
    WHERE r.depth > 0 AND r.weight < 1 AND r.root_author IS NOT NULL
    GROUP BY r.root_author, r.node
    HAVING count(*) > 1
  )
  GROUP BY root_author
)
SELECT p.root_author, any_value(p.origin) AS origin, count(*) AS roots,
       sum(p.descendants) - coalesce(any_value(x.extra), 0) AS descendants,
       sum(p.downloads) AS downloads, sum(p.first_party) AS first_party_downloads,
       sum(p.all_time) AS downloads_all_time,
       sum(p.all_time_records) / nullif(sum(p.records), 0) AS all_time_coverage,
       sum(p.all_time_record_downloads) / nullif(sum(p.record_downloads), 0) AS all_time_download_coverage
FROM per_root p LEFT JOIN repeats x USING (root_author)
GROUP BY p.root_author
ORDER BY downloads DESC, descendants DESC, p.root_author
LIMIT ?;

-- 6. Families: per root, its descendants (all depths; a merge counts in each of its families), direct children
-- by relation, and 30-day downloads of the root and its descendants (1/k for k roots). Top ? by downloads.
WITH fam AS (
  SELECT r.root, any_value(r.root_author) AS root_author, any_value(r.foundation_origin) AS origin,
         count(*) FILTER (WHERE r.id <> r.root) AS descendants,
         sum(n.downloads * r.weight) AS downloads,
         sum(n.downloads * r.weight) FILTER (WHERE r.id = r.root) AS root_downloads
  FROM r_roots r JOIN r_nodes n USING (id)
  GROUP BY r.root
),
kids AS (
  SELECT parent AS root,
         count(*) FILTER (WHERE relation = 'finetune') AS finetune,
         count(*) FILTER (WHERE relation = 'adapter') AS adapter,
         count(*) FILTER (WHERE relation = 'quantized') AS quantized,
         count(*) FILTER (WHERE relation = 'merge') AS merge,
         count(*) FILTER (WHERE relation = 'unspecified') AS unspecified
  FROM r_edges GROUP BY parent
)
SELECT fam.root, fam.root_author, fam.origin, fam.descendants,
       coalesce(k.finetune, 0) AS finetune, coalesce(k.adapter, 0) AS adapter,
       coalesce(k.quantized, 0) AS quantized, coalesce(k.merge, 0) AS merge,
       coalesce(k.unspecified, 0) AS unspecified,
       fam.downloads, coalesce(fam.root_downloads, 0) AS root_downloads
FROM fam LEFT JOIN kids k USING (root)
ORDER BY fam.downloads DESC, fam.descendants DESC, fam.root
LIMIT ?;

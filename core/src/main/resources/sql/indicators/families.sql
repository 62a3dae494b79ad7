-- 6. Families: per root, its descendants (all depths; a merge counts in each of its families), direct children
-- by relation, and 30-day downloads of the root and its descendants (1/k for k roots). Top ? by downloads.
WITH fam AS (
  SELECT r.root_node, any_value(r.foundation_origin) AS origin,
         count(*) FILTER (WHERE r.depth > 0) AS descendants,
         sum(n.downloads * r.weight) AS downloads,
         sum(n.downloads * r.weight) FILTER (WHERE r.depth = 0) AS root_downloads
  FROM r_roots r JOIN r_nodes n ON n.idx = r.node
  GROUP BY r.root_node
),
top AS (
  SELECT t.id AS root, t.author AS root_author, fam.origin, fam.descendants, fam.downloads, fam.root_downloads
  FROM fam JOIN r_nodes t ON t.idx = fam.root_node
  ORDER BY fam.downloads DESC, fam.descendants DESC, t.id
  LIMIT ?
),
kids AS (
  SELECT parent AS root,
         count(*) FILTER (WHERE relation = 'finetune') AS finetune,
         count(*) FILTER (WHERE relation = 'adapter') AS adapter,
         count(*) FILTER (WHERE relation = 'quantized') AS quantized,
         count(*) FILTER (WHERE relation = 'merge') AS merge,
         count(*) FILTER (WHERE relation = 'unspecified') AS unspecified
  FROM r_edges WHERE parent IN (SELECT root FROM top) GROUP BY parent
)
SELECT top.root, top.root_author, top.origin, top.descendants,
       coalesce(k.finetune, 0) AS finetune, coalesce(k.adapter, 0) AS adapter,
       coalesce(k.quantized, 0) AS quantized, coalesce(k.merge, 0) AS merge,
       coalesce(k.unspecified, 0) AS unspecified,
       top.downloads, coalesce(top.root_downloads, 0) AS root_downloads
FROM top LEFT JOIN kids k USING (root)
ORDER BY top.downloads DESC, top.descendants DESC, top.root;

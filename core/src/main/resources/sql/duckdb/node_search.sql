-- Nodes of one snapshot whose id contains a text anywhere, case-insensitive ('gemma' finds google/gemma-7b): ids that
-- start with it first, then models with a record by downloads, then ids the snapshot names only in edges.
-- Parameters: ?1 snapshot date, ?2 text, ?3 row limit.
WITH nodes AS (
  SELECT id FROM models WHERE snapshot_date = CAST(?1 AS DATE)
  UNION SELECT child FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
  UNION SELECT parent FROM edges WHERE snapshot_date = CAST(?1 AS DATE)
)
SELECT n.id,
       coalesce(m.author, CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1) END) AS author,
       m.downloads, m.likes, m.license, m.pipeline_tag, m.id IS NOT NULL AS has_record
FROM nodes n
LEFT JOIN models m ON m.snapshot_date = CAST(?1 AS DATE) AND m.id = n.id
WHERE contains(lower(n.id), lower(CAST(?2 AS VARCHAR)))
ORDER BY NOT starts_with(lower(n.id), lower(CAST(?2 AS VARCHAR))), m.id IS NULL, m.downloads DESC NULLS LAST, n.id
LIMIT CAST(?3 AS INTEGER);

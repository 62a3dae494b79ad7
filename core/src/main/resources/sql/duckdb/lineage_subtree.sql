-- The descendants of one node of one snapshot, down to a depth: one row per (child, parent) pair reached, at the
-- least depth it is reached, with the child's record fields (NULL when the snapshot only names it in an edge).
-- Self-edges are left out; a cycle ends at the depth bound. Relations of one pair are joined with '+'.
-- Parameters: ?1 snapshot date, ?2 root id, ?3 relation (NULL for every relation), ?4 depth bound, ?5 row limit.
WITH RECURSIVE
  kept AS (
    SELECT child, parent, string_agg(DISTINCT relation, '+' ORDER BY relation) AS relation
    FROM edges
    WHERE snapshot_date = CAST(?1 AS DATE) AND child <> parent
      AND (CAST(?3 AS VARCHAR) IS NULL OR relation = CAST(?3 AS VARCHAR))
    GROUP BY child, parent
  ),
  tree(child, parent, relation, depth) AS (
    SELECT child, parent, relation, 1 FROM kept WHERE parent = CAST(?2 AS VARCHAR)
    UNION
    SELECT k.child, k.parent, k.relation, t.depth + 1
    FROM kept k JOIN tree t ON k.parent = t.child
    WHERE t.depth < CAST(?4 AS INTEGER)
  ),
  shallowest AS (
    SELECT child, parent, relation, min(depth) AS depth FROM tree GROUP BY child, parent, relation
  )
SELECT s.child AS id, s.parent, s.relation, s.depth,
       coalesce(m.author, CASE WHEN strpos(s.child, '/') > 0 THEN split_part(s.child, '/', 1) END) AS author,
       m.downloads, m.likes, m.license, m.id IS NOT NULL AS has_record
FROM shallowest s
LEFT JOIN models m ON m.snapshot_date = CAST(?1 AS DATE) AND m.id = s.child
ORDER BY s.depth, coalesce(m.downloads, 0) DESC, s.child, s.parent
LIMIT CAST(?5 AS INTEGER);

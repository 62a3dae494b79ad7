-- Union staged edges with the stored edges of each staged snapshot. An 'unspecified' edge is not inserted
-- where the same (child, parent) pair has a typed relation among the staged edges (Hub records carry both a
-- bare base_model:<id> tag and a typed base_model:<relation>:<id> tag); drop_untyped_edges then removes the
-- rest, where the typed and the unspecified edge come from different ingests. Not inserting them is much
-- faster than deleting them afterwards. An edge already stored is not inserted again.
INSERT INTO edges
SELECT snapshot_date, child, parent, relation, string_agg(DISTINCT source, '+' ORDER BY source)
FROM stage_edges s
WHERE relation <> 'unspecified'
   OR NOT EXISTS (
     SELECT 1 FROM stage_edges t
     WHERE t.snapshot_date = s.snapshot_date AND t.child = s.child AND t.parent = s.parent
       AND t.relation <> 'unspecified')
GROUP BY snapshot_date, child, parent, relation
HAVING NOT EXISTS (
  SELECT 1 FROM edges e
  WHERE e.snapshot_date = s.snapshot_date AND e.child = s.child AND e.parent = s.parent
    AND e.relation = s.relation);

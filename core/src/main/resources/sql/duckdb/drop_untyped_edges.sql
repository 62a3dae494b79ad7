DELETE FROM edges e
WHERE e.relation = 'unspecified'
  AND e.snapshot_date IN (SELECT DISTINCT snapshot_date FROM stage_edges)
  AND EXISTS (
    SELECT 1 FROM edges t
    WHERE t.snapshot_date = e.snapshot_date AND t.child = e.child AND t.parent = e.parent
      AND t.relation <> 'unspecified');

-- Merge, then: whether any staged id already has a stored record in its snapshot. When none has (a
-- snapshot's first ingest, or files of other models), merge_models_insert alone suffices; otherwise
-- merge_models_resolve runs instead.
SELECT EXISTS (
  SELECT 1 FROM models m JOIN stage_models s ON m.snapshot_date = s.snapshot_date AND m.id = s.id
) AS overlap;

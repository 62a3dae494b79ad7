-- Merge where staged ids have stored records. Per snapshot and id the record with the latest
-- last_modified wins (an undated record loses to a dated one); ties keep the stored record, then
-- the record read last (stage_winners), so re-ingesting the same files changes nothing.
-- First the stored records that a staged winner beats go out,
DELETE FROM models m
USING stage_winners w
WHERE m.snapshot_date = w.snapshot_date AND m.id = w.id
  AND (w.last_modified > m.last_modified
       OR (m.last_modified IS NULL AND w.last_modified IS NOT NULL));
-- then every staged winner whose id has no stored record left comes in.
INSERT INTO models BY NAME
SELECT * FROM stage_winners w
WHERE NOT EXISTS (
  SELECT 1 FROM models m WHERE m.snapshot_date = w.snapshot_date AND m.id = w.id);

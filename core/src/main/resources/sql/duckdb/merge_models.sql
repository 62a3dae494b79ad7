-- Merge staged records into the models of each staged snapshot: per id, the record with the latest
-- last_modified wins (an undated record loses to a dated one); ties keep the stored record, then the
-- record read last, so re-ingesting the same files changes nothing.
INSERT OR REPLACE INTO models
SELECT snapshot_date, id, author, created_at, last_modified, downloads, downloads_all_time, likes,
       license, license_name, license_link, pipeline_tag, library_name, tags, source_file
FROM (
  SELECT *, row_number() OVER (
           PARTITION BY snapshot_date, id
           ORDER BY last_modified DESC NULLS LAST, stored DESC, seq DESC) AS pick
  FROM (
    SELECT m.snapshot_date, m.id, m.author, m.created_at, m.last_modified, m.downloads,
           m.downloads_all_time, m.likes, m.license, m.license_name, m.license_link, m.pipeline_tag,
           m.library_name, m.tags, m.source_file, TRUE AS stored, 0 AS seq
    FROM models m
    WHERE m.snapshot_date IN (SELECT DISTINCT snapshot_date FROM stage_models)
      AND m.id IN (SELECT id FROM stage_models s WHERE s.snapshot_date = m.snapshot_date)
    UNION ALL
    SELECT s.snapshot_date, s.id, s.author, s.created_at, s.last_modified, s.downloads,
           s.downloads_all_time, s.likes, s.license, s.license_name, s.license_link, s.pipeline_tag,
           s.library_name,
           s.tags,
           s.source_file, FALSE AS stored, s.seq
    FROM stage_models s
  )
)
WHERE pick = 1;

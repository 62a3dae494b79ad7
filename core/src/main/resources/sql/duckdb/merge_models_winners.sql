-- Merge, first: per snapshot and id, the staged record that wins among the staged ones: the latest
-- last_modified (an undated record loses to a dated one), on a tie the record read last.
CREATE OR REPLACE TEMP VIEW stage_winners AS
SELECT snapshot_date, id, author, created_at, last_modified, downloads, downloads_all_time, likes,
       license, license_name, license_link, pipeline_tag, library_name, tags, source_file
FROM stage_models
QUALIFY row_number() OVER (
          PARTITION BY snapshot_date, id ORDER BY last_modified DESC NULLS LAST, seq DESC) = 1;

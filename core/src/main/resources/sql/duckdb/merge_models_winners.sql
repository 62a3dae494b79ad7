-- Merge, first: per snapshot and id, the staged record that wins among the staged ones: the latest
-- last_modified (an undated record loses to a dated one), on a tie the record read last. Only ids staged more
-- than once are ranked, on narrow columns (sorting whole records, tags and all, took seconds per million).
CREATE OR REPLACE TEMP TABLE stage_losers AS
SELECT seq FROM (
  SELECT seq, row_number() OVER (
           PARTITION BY snapshot_date, id ORDER BY last_modified DESC NULLS LAST, seq DESC) AS rank
  FROM stage_models
  WHERE (snapshot_date, id) IN (
    SELECT (snapshot_date, id) FROM stage_models GROUP BY snapshot_date, id HAVING count(*) > 1)
)
WHERE rank > 1;
CREATE OR REPLACE TEMP VIEW stage_winners AS
SELECT snapshot_date, id, author, created_at, last_modified, downloads, downloads_all_time, likes,
       license, license_name, license_link, pipeline_tag, library_name,
       CASE WHEN tags = '' THEN []::VARCHAR[] ELSE string_split(tags, chr(31)) END AS tags, source_file,
       parameters
FROM stage_models
WHERE seq NOT IN (SELECT seq FROM stage_losers);

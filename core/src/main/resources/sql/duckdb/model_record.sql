-- One model's stored record in one snapshot.
SELECT id, author, created_at, last_modified, downloads, downloads_all_time, likes, license, license_name,
       license_link, pipeline_tag, library_name, parameters, tags, source_file
FROM models
WHERE snapshot_date = CAST(? AS DATE) AND id = ?;

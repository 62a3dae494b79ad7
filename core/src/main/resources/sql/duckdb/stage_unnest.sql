-- The staged batches as one row per record and per edge (see staging.sql), for the merge.
CREATE OR REPLACE TEMP TABLE stage_models AS
SELECT DATE '1970-01-01' + CAST(day AS INTEGER) AS snapshot_date, seq, id, nullif(author, '') AS author,
       make_timestamp(created_us) AS created_at, make_timestamp(modified_us) AS last_modified,
       downloads, downloads_all_time, likes,
       nullif(license, '') AS license, nullif(license_name, '') AS license_name,
       nullif(license_link, '') AS license_link, nullif(pipeline_tag, '') AS pipeline_tag,
       nullif(library_name, '') AS library_name, tags, source_file
FROM (
  SELECT unnest(day) AS day, unnest(seq) AS seq,
         unnest(string_split(id, chr(30))) AS id, unnest(string_split(author, chr(30))) AS author,
         unnest(created_us) AS created_us, unnest(modified_us) AS modified_us,
         unnest(downloads) AS downloads, unnest(downloads_all_time) AS downloads_all_time,
         unnest(likes) AS likes,
         unnest(string_split(license, chr(30))) AS license,
         unnest(string_split(license_name, chr(30))) AS license_name,
         unnest(string_split(license_link, chr(30))) AS license_link,
         unnest(string_split(pipeline_tag, chr(30))) AS pipeline_tag,
         unnest(string_split(library_name, chr(30))) AS library_name,
         unnest(string_split(tags, chr(30))) AS tags,
         unnest(string_split(source_file, chr(30))) AS source_file
  FROM stage_model_batches
);
CREATE OR REPLACE TEMP TABLE stage_edges AS
SELECT DATE '1970-01-01' + CAST(day AS INTEGER) AS snapshot_date, child, parent, relation, source
FROM (
  SELECT unnest(day) AS day,
         unnest(string_split(child, chr(30))) AS child, unnest(string_split(parent, chr(30))) AS parent,
         unnest(string_split(relation, chr(30))) AS relation, unnest(string_split(source, chr(30))) AS source
  FROM stage_edge_batches
);
DROP TABLE stage_model_batches;
DROP TABLE stage_edge_batches;

-- Stages the normalised records of one input file: the CSV text the ingest's parse workers wrote (StageRows),
-- read by DuckDB's parallel CSV reader into stage_models (staging.sql). Every text is quoted, so an empty
-- unquoted field is NULL and "" an empty text (allow_quoted_nulls = false); instants are microseconds since the
-- epoch, UTC. Parameters: the snapshot date, the source file's name, the CSV file, the longest line in bytes and
-- the reader's buffer size (both raised only for files with very long records).
INSERT INTO stage_models
SELECT ?::DATE, seq, id, author, make_timestamp(created_at), make_timestamp(last_modified), downloads,
       downloads_all_time, likes, license, license_name, license_link, pipeline_tag, library_name, tags, ?::VARCHAR,
       parameters
FROM read_csv(?, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\n',
              allow_quoted_nulls = false, max_line_size = ?, buffer_size = ?,
              columns = {'seq': 'BIGINT', 'id': 'VARCHAR', 'author': 'VARCHAR', 'created_at': 'BIGINT',
                         'last_modified': 'BIGINT', 'downloads': 'BIGINT', 'downloads_all_time': 'BIGINT',
                         'likes': 'BIGINT', 'license': 'VARCHAR', 'license_name': 'VARCHAR',
                         'license_link': 'VARCHAR', 'pipeline_tag': 'VARCHAR', 'library_name': 'VARCHAR',
                         'tags': 'VARCHAR', 'parameters': 'BIGINT'});

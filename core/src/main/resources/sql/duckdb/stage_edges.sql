-- Stages the parent edges of one input file, as stage_models.sql stages its records. Parameters: the snapshot
-- date, the CSV file, the longest line in bytes and the reader's buffer size.
INSERT INTO stage_edges
SELECT ?::DATE, child, parent, relation, source
FROM read_csv(?, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\n',
              allow_quoted_nulls = false, max_line_size = ?, buffer_size = ?,
              columns = {'child': 'VARCHAR', 'parent': 'VARCHAR', 'relation': 'VARCHAR', 'source': 'VARCHAR'});

-- Report benchmark (issue 6): the adoption work written by hand as plain DuckDB SQL over the same JSON Lines file, in
-- a fresh database: read_json into a table, parent edges from the base_model tags, roots by a recursive CTE (no cycle
-- handling, no cleaning, no origins or licenses), and downloads by root author with 1/k for k roots. The reference
-- the whole Observatory pipeline (ingest + every indicator) is compared with. Parameter: the file.
CREATE OR REPLACE TABLE hw_models AS
SELECT * FROM read_json(?, format = 'newline_delimited');

CREATE OR REPLACE TABLE hw_edges AS
SELECT DISTINCT id AS child,
       regexp_extract(t, '^base_model:(?:(?:finetune|adapter|quantized|merge):)?(.+)$', 1) AS parent
FROM (SELECT id, unnest(tags) AS t FROM hw_models)
WHERE t LIKE 'base_model:%';

CREATE OR REPLACE TABLE hw_roots AS
WITH RECURSIVE
parents AS (SELECT child, parent FROM hw_edges WHERE child <> parent AND parent <> ''),
walk(node, ancestor) AS (
  SELECT id, id FROM (SELECT id FROM hw_models UNION SELECT parent FROM parents)
  UNION
  SELECT w.node, p.parent FROM walk w JOIN parents p ON p.child = w.ancestor
)
SELECT node, ancestor AS root
FROM walk w
WHERE NOT EXISTS (SELECT 1 FROM parents p WHERE p.child = w.ancestor);

CREATE OR REPLACE TABLE hw_downloads_by_root_author AS
SELECT split_part(r.root, '/', 1) AS root_author, sum(coalesce(m.downloads, 0) / k.k) AS downloads
FROM hw_roots r
JOIN hw_models m ON m.id = r.node
JOIN (SELECT node, count(*) AS k FROM hw_roots GROUP BY node) k USING (node)
GROUP BY 1;

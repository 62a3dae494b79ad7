-- Spark: the newest SPDX License List loaded, as sql/duckdb/report/spdx_list.sql.
WITH lists AS (
  SELECT DISTINCT list_version, release_date, source_file FROM spdx_licenses
),
newest AS (
  SELECT list_version, source_file
  FROM lists
  ORDER BY transform(split(list_version, '[.]'), x -> try_cast(x AS INT)) DESC NULLS LAST, release_date DESC NULLS LAST
  LIMIT 1
)
SELECT s.list_version, s.release_date, s.license_id, s.osi_approved
FROM spdx_licenses s JOIN newest n ON s.list_version = n.list_version AND s.source_file = n.source_file
ORDER BY s.license_id;

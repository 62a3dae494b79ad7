-- The newest SPDX License List loaded (by version number, then release date): each license's OSI status.
WITH lists AS (
  SELECT DISTINCT list_version, release_date, source_file FROM spdx_licenses
),
newest AS (
  SELECT list_version, source_file
  FROM lists
  ORDER BY TRY_CAST(string_split(list_version, '.') AS INTEGER[]) DESC NULLS LAST, release_date DESC NULLS LAST
  LIMIT 1
)
SELECT s.list_version, s.release_date, s.license_id, s.osi_approved
FROM spdx_licenses s JOIN newest n USING (list_version, source_file)
ORDER BY s.license_id;

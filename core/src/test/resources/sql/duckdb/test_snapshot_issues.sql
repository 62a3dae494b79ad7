-- The dirt met while ingesting one snapshot, per file and reason. Parameter: the snapshot date.
SELECT file_name, kind, reason, records, first_line
FROM snapshot_issues
WHERE snapshot_date = CAST(? AS DATE)
ORDER BY file_name, kind, reason;

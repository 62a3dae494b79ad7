-- The dirt met while ingesting the snapshot being reported (r_snapshot), per file and reason.
SELECT file_name, kind, reason, records, first_line
FROM snapshot_issues
WHERE snapshot_date = (SELECT snapshot_date FROM r_snapshot)
ORDER BY file_name, kind, reason;

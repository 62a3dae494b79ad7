DELETE FROM snapshot_issues WHERE snapshot_date = ? AND file_name = ?;

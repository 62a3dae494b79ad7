INSERT OR REPLACE INTO snapshot_issues VALUES (?, ?, ?, ?, ?, ?);

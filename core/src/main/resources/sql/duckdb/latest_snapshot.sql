SELECT max(snapshot_date) AS snapshot_date FROM snapshots;

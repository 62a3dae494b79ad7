INSERT OR REPLACE INTO dataset_sources VALUES (?, ?, ?, ?, ?, ?);

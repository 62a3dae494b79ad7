SELECT kind, child, parent FROM lineage_issues ORDER BY kind, child, parent LIMIT ?;

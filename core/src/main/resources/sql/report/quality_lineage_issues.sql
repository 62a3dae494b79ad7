-- Data quality: the edges lineage dropped (self-edges, edges removed to break cycles), the first 25.
SELECT kind, child, parent FROM lineage_issues ORDER BY kind, child, parent LIMIT 25;

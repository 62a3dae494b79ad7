-- Data quality counts for the snapshot being reported (the tables report_prepare builds, on every engine).
SELECT 'nodes' AS item, count(*) AS value FROM r_nodes
UNION ALL SELECT 'models with a record', count(*) FROM r_nodes WHERE has_record
UNION ALL SELECT 'nodes without a record (parents or tree children absent from the snapshot)', count(*) FROM r_nodes WHERE NOT has_record
UNION ALL SELECT 'models with an unattributed author', count(*) FROM r_nodes WHERE has_record AND origin = 'UNATTRIBUTED'
UNION ALL SELECT 'models with license class unknown', count(*) FROM r_nodes WHERE has_record AND license_class = 'unknown'
UNION ALL SELECT 'self-edges dropped', count(*) FROM lineage_issues WHERE kind = 'self-edge'
UNION ALL SELECT 'edges removed to break cycles', count(*) FROM lineage_issues WHERE kind = 'cycle-broken'
UNION ALL SELECT 'models with several roots (merges; 1/k attribution)', count(*)
          FROM (SELECT node FROM r_roots WHERE depth > 0 GROUP BY node HAVING count(*) > 1) merged;

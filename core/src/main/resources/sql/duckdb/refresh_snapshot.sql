-- Recount one snapshot after a merge. Nodes = models with a record plus ids named only in edges.
INSERT OR REPLACE INTO snapshots
SELECT CAST(? AS DATE) AS d,
       (SELECT count(*) FROM models WHERE snapshot_date = d),
       (SELECT count(*) FROM edges WHERE snapshot_date = d),
       (SELECT count(*) FROM (
          SELECT id FROM models WHERE snapshot_date = d
          UNION SELECT child FROM edges WHERE snapshot_date = d
          UNION SELECT parent FROM edges WHERE snapshot_date = d)),
       CAST(? AS TIMESTAMP);

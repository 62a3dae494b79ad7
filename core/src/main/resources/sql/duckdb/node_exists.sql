-- Whether one snapshot knows a node: a model record, or an id named in an edge. Parameters: ?1 date, ?2 id.
SELECT EXISTS (SELECT 1 FROM models WHERE snapshot_date = CAST(?1 AS DATE) AND id = ?2)
    OR EXISTS (SELECT 1 FROM edges WHERE snapshot_date = CAST(?1 AS DATE) AND (child = ?2 OR parent = ?2))
    AS known;

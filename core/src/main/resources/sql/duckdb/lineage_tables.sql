-- Resolved lineage of the snapshot being reported, by id: one row per node and root (weight 1/k for k roots),
-- and the edges the walk dropped. Built from the node-numbered tables the lineage loader wrote.
CREATE OR REPLACE TEMP TABLE lineage AS
SELECT n.id,
       n.author,
       CAST(n.has_record AS BIGINT) AS has_record,   -- 1 when the snapshot has the node's record, else 0
       r.id AS root,
       r.author AS root_author,
       l.weight,
       l.depth
FROM lineage_root_nodes l
JOIN lineage_nodes n ON n.idx = l.node
JOIN lineage_nodes r ON r.idx = l.root;

CREATE OR REPLACE TEMP TABLE lineage_issues AS
SELECT i.kind, c.id AS child, p.id AS parent     -- kind: self-edge | cycle-broken
FROM lineage_issue_nodes i
JOIN lineage_nodes c ON c.idx = i.child
JOIN lineage_nodes p ON p.idx = i.parent;

DROP TABLE lineage_root_nodes;
DROP TABLE lineage_issue_nodes;

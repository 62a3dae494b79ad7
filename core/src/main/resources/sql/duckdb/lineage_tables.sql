-- Resolved lineage of the snapshot being reported. lineage_roots: one row per node and root by node number
-- (weight 1/k for k roots); lineage: the same by id, with authors. Views over the tables the lineage loader wrote,
-- so that they cost nothing until an indicator reads them.
CREATE OR REPLACE TEMP TABLE lineage_derived AS
SELECT unnest(node) AS node, unnest(root) AS root, unnest(weight) AS weight, unnest(depth) AS depth
FROM lineage_derived_lists;

DROP TABLE lineage_derived_lists;

CREATE OR REPLACE TEMP VIEW lineage_roots AS
SELECT node, root, weight, depth FROM lineage_derived
UNION ALL
SELECT idx, idx, 1.0, 0 FROM lineage_nodes n
WHERE NOT EXISTS (SELECT 1 FROM lineage_derived d WHERE d.node = n.idx);

CREATE OR REPLACE TEMP VIEW lineage AS
SELECT n.id,
       n.author,
       CAST(n.has_record AS BIGINT) AS has_record,   -- 1 when the snapshot has the node's record, else 0
       r.id AS root,
       r.author AS root_author,
       l.weight,
       l.depth
FROM lineage_roots l
JOIN lineage_nodes n ON n.idx = l.node
JOIN lineage_nodes r ON r.idx = l.root;

-- Edges the walk dropped, by id. kind: self-edge | cycle-broken
CREATE OR REPLACE TEMP TABLE lineage_issues AS
SELECT i.kind, c.id AS child, p.id AS parent
FROM lineage_issue_nodes i
JOIN lineage_nodes c ON c.idx = i.child
JOIN lineage_nodes p ON p.idx = i.parent;

DROP TABLE lineage_issue_nodes;

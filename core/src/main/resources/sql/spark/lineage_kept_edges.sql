-- Spark: the parent edges lineage keeps: no self-edge, none of the edges removed to break a cycle (view broken).
CREATE OR REPLACE TEMP VIEW kept_edges AS
SELECT e.child, e.parent FROM pair_edges e
LEFT ANTI JOIN broken b ON b.child = e.child AND b.parent = e.parent;

-- Roots of the nodes without a kept parent: themselves, at depth 0.
CREATE OR REPLACE TEMP VIEW root_base AS
SELECT n.id, n.id AS root, 0 AS depth FROM lineage_nodes n LEFT ANTI JOIN kept_edges e ON e.child = n.id;

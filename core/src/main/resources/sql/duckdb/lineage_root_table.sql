-- Roots resolved in memory, by node number, of the derivatives only (nodes with a kept parent edge), as rows of
-- four lists that lineage_tables unnests into lineage_derived(node, root, weight, depth): one row per node and
-- root, weight 1/k for k roots. Every other node is its own root at depth 0 (see lineage_tables).
CREATE OR REPLACE TEMP TABLE lineage_derived_lists (
  node BIGINT[] NOT NULL,
  root BIGINT[] NOT NULL,
  weight DOUBLE[] NOT NULL,
  depth BIGINT[] NOT NULL
);

-- Roots resolved in memory, by node number, of the derivatives only (nodes with a kept parent edge): one row per
-- node and root, weight 1/k for k roots. Every other node is its own root at depth 0 (see lineage_tables).
CREATE OR REPLACE TEMP TABLE lineage_derived (
  node BIGINT NOT NULL,
  root BIGINT NOT NULL,
  weight DOUBLE NOT NULL,
  depth BIGINT NOT NULL
);

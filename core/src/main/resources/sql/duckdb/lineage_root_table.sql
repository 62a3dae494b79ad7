-- Roots resolved in memory, by node number: one row per node and root (weight 1/k for k roots).
CREATE OR REPLACE TEMP TABLE lineage_root_nodes (
  node BIGINT NOT NULL,
  root BIGINT NOT NULL,
  weight DOUBLE NOT NULL,
  depth BIGINT NOT NULL
);

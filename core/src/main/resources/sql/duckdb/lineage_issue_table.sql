-- Edges the walk dropped, by node number.
CREATE OR REPLACE TEMP TABLE lineage_issue_nodes (
  kind VARCHAR NOT NULL,        -- self-edge | cycle-broken
  child BIGINT NOT NULL,
  parent BIGINT NOT NULL
);

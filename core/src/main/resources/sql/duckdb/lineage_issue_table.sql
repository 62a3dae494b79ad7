CREATE OR REPLACE TEMP TABLE lineage_issues (
  kind VARCHAR NOT NULL,        -- self-edge | cycle-broken
  child VARCHAR NOT NULL,
  parent VARCHAR NOT NULL
);

-- Resolved lineage of the snapshot being reported: one row per node and root (weight 1/k for k roots).
CREATE OR REPLACE TEMP TABLE lineage (
  id VARCHAR NOT NULL,
  author VARCHAR,
  has_record BIGINT NOT NULL,   -- 1 when the snapshot has the node's record (downloads, license), else 0
  root VARCHAR NOT NULL,
  root_author VARCHAR,
  weight DOUBLE NOT NULL,
  depth BIGINT NOT NULL
);

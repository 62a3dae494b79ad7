-- The EOSAI dimensions that make the score, for the report being made (from _parameters.yml).
CREATE OR REPLACE TEMP TABLE eosai_dims (
  dimension VARCHAR NOT NULL,
  types VARCHAR               -- model types the dimension applies to, comma-separated; NULL for all
);

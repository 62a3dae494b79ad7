-- The license class of every distinct (license, license_name, license_link) of the snapshot being reported.
CREATE OR REPLACE TEMP TABLE model_license (
  license VARCHAR,
  license_name VARCHAR,
  license_link VARCHAR,
  license_key VARCHAR,
  class VARCHAR NOT NULL
);

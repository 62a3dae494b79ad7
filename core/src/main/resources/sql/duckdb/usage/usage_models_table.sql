-- The usage models of this report, mapped in Java (usage.ModelMapper), each attribute with its reason.
CREATE OR REPLACE TEMP TABLE usage_models (
  slug VARCHAR PRIMARY KEY,
  maker VARCHAR,
  origin VARCHAR NOT NULL,          -- ISO 3166-1 alpha-2, INTL or UNATTRIBUTED
  origin_basis VARCHAR NOT NULL,
  weights VARCHAR NOT NULL,         -- open | closed | unknown
  weights_basis VARCHAR NOT NULL,
  api_id VARCHAR,
  hugging_face_id VARCHAR,
  band VARCHAR,
  band_basis VARCHAR NOT NULL,
  vendor VARCHAR,
  vendor_model VARCHAR
);

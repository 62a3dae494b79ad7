-- The origin registry (bundled + user overrides) for the report being made.
CREATE OR REPLACE TEMP TABLE origins (
  author_key VARCHAR PRIMARY KEY,   -- lower-case Hub author handle
  author VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,          -- ISO 3166-1 alpha-2, or INTL
  org_name VARCHAR,
  kind VARCHAR,
  source VARCHAR NOT NULL
);

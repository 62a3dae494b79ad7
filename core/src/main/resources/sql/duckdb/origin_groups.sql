-- The groups the report counts origin codes under (report --group CN=CN,HK,MO): one row per member code.
CREATE OR REPLACE TEMP TABLE origin_groups (
  label VARCHAR NOT NULL,
  code VARCHAR NOT NULL
);

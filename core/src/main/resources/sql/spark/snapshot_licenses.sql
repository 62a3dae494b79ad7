-- Spark: the distinct license fields of the snapshot's records, to classify them once each.
SELECT DISTINCT license, license_name, license_link FROM s_models;

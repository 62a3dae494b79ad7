-- The distinct license fields of one snapshot's records, to classify them once each.
SELECT DISTINCT license, license_name, license_link
FROM models
WHERE snapshot_date = CAST(? AS DATE);

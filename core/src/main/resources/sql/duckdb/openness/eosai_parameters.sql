-- The scored dimensions of the ingested _parameters.yml (when several files were ingested, the last by name wins).
SELECT DISTINCT ON (dimension) dimension, types
FROM eosai_parameters
ORDER BY dimension, source_file DESC;

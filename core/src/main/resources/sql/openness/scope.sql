-- What indicator 11 was computed over, for its scope line.
SELECT (SELECT count(*) FROM eosai_entries) AS eosai_entries,
       (SELECT count(DISTINCT source_file) FROM eosai_parameters) AS eosai_parameter_files,
       (SELECT count(*) FROM eosai_dims) AS eosai_dimensions,
       (SELECT count(*) FROM mof_releases) AS mof_releases,
       (SELECT count(*) FROM r_mof_match) AS mof_matched;

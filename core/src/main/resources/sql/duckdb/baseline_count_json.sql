SELECT count(*) FROM baseline_json;

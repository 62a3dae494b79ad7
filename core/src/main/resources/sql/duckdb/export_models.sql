-- One snapshot's model records to Parquet, partitioned by snapshot date (the layout of a cluster's history:
-- <dir>/models/snapshot_date=YYYY-MM-DD/*.parquet). {dir} is the target folder; parameter: the snapshot date.
COPY (SELECT * FROM models WHERE snapshot_date = CAST(? AS DATE))
TO '{dir}/models' (FORMAT parquet, PARTITION_BY (snapshot_date), OVERWRITE_OR_IGNORE true);

-- One snapshot's parent edges to Parquet, partitioned by snapshot date (<dir>/edges/snapshot_date=YYYY-MM-DD/).
-- {dir} is the target folder; parameter: the snapshot date.
COPY (SELECT * FROM edges WHERE snapshot_date = CAST(? AS DATE))
TO '{dir}/edges' (FORMAT parquet, PARTITION_BY (snapshot_date), OVERWRITE_OR_IGNORE true);

-- Test only: an order-independent digest of one snapshot's models and edges.
SELECT (SELECT count(*) FROM models WHERE snapshot_date = CAST(?1 AS DATE)) AS models,
       (SELECT coalesce(sum(hash(id, author, created_at, last_modified, downloads, downloads_all_time, likes, license,
                        license_name, license_link, pipeline_tag, library_name, tags)), 0)
          FROM models WHERE snapshot_date = CAST(?1 AS DATE)) AS models_hash,
       (SELECT count(*) FROM edges WHERE snapshot_date = CAST(?1 AS DATE)) AS edges,
       (SELECT coalesce(sum(hash(child, parent, relation)), 0) FROM edges WHERE snapshot_date = CAST(?1 AS DATE))
         AS edges_hash;

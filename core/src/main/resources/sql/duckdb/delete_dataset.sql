-- `observatory delete --dataset FILE`: every row a reference-dataset file put in the store (each table keeps its
-- file's name in source_file; StoreDeleteTest checks that this lists every such table), and its
-- dataset_sources row, run in one transaction. Each statement takes the file name as its one parameter.
DELETE FROM epoch_models WHERE source_file = ?;
DELETE FROM eosai_entries WHERE source_file = ?;
DELETE FROM eosai_classes WHERE source_file = ?;
DELETE FROM eosai_links WHERE source_file = ?;
DELETE FROM eosai_parameters WHERE source_file = ?;
DELETE FROM eosai_descriptions WHERE source_file = ?;
DELETE FROM mof_releases WHERE source_file = ?;
DELETE FROM mof_components WHERE source_file = ?;
DELETE FROM usage_weekly WHERE source_file = ?;
DELETE FROM usage_api_models WHERE source_file = ?;
DELETE FROM usage_daily WHERE source_file = ?;
DELETE FROM usage_vendor_prices WHERE source_file = ?;
DELETE FROM spdx_licenses WHERE source_file = ?;
DELETE FROM dataset_sources WHERE file_name = ?;

SELECT count(*) AS nodes FROM lineage_nodes;

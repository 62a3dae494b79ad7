-- The nodes the graph walks: the ends of the snapshot's parent edges (see lineage_nodes).
SELECT count(*) AS nodes FROM lineage_graph;

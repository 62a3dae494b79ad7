-- Report benchmark: the (node, root) rows LineageLoader wrote, digested as bench/roots_count does.
SELECT count(*) AS root_rows, count(DISTINCT id) AS nodes, sum(hash(id, root)) AS pairs_digest
FROM lineage;

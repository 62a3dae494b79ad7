-- Report benchmark: the (node, root) rows of the recursive CTE, with an order-independent digest of the pairs.
SELECT count(*) AS root_rows, count(DISTINCT id) AS nodes, sum(hash(id, root)) AS pairs_digest
FROM bench_roots;

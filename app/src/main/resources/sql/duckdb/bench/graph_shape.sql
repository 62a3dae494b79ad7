-- Report benchmark: the shape of one snapshot's lineage graph (self-edges dropped), to judge how realistic it is.
WITH p AS (
  SELECT DISTINCT child, parent FROM edges WHERE snapshot_date = CAST(?1 AS DATE) AND child <> parent
),
fan AS (SELECT parent, count(*) AS children FROM p GROUP BY parent)
SELECT (SELECT count(*) FROM p) AS edges,
       (SELECT count(DISTINCT child) FROM p) AS derivatives,
       (SELECT count(*) FROM (SELECT child FROM p GROUP BY child HAVING count(*) > 1)) AS multi_parent,
       (SELECT count(*) FROM fan) AS parents,
       (SELECT max(children) FROM fan) AS max_children,
       (SELECT quantile_disc(children, 0.5) FROM fan) AS median_children;

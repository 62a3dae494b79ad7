-- 14. Models and 30-day downloads by size class (parameters: safetensors.total, else gguf.total, stored at
-- ingest) and origin, seen two ways: view 'publisher' (the model's own author's origin) and view 'foundation'
-- (its roots' origin, 1/k for k roots). Classes are half-open: <1B [0, 1e9), 1-10B [1e9, 1e10), 10-100B
-- [1e10, 1e11), 100-250B [1e11, 2.5e11), >=250B [2.5e11, inf), unknown (no parameter count). share = of the
-- class's downloads in that view. top_author = the author (publisher view) or root author (foundation view)
-- with the most downloads in the class and origin (ties: the first by name; none when all have 0), and
-- top_author_share its share of the class's downloads in that view. share_low / share_high bound the share by
-- the class's downloads of UNATTRIBUTED publishers (publisher view) or foundations (foundation view): none / all
-- of them given to the origin (the UNATTRIBUTED row: 0 to its share); all three are empty for a class without
-- downloads.
-- Models with a record only.
WITH c AS (
  SELECT n.idx, n.author, n.origin, n.downloads,
         CASE WHEN n.parameters IS NULL THEN 'unknown'
              WHEN n.parameters < 1000000000 THEN '<1B'
              WHEN n.parameters < 10000000000 THEN '1-10B'
              WHEN n.parameters < 100000000000 THEN '10-100B'
              WHEN n.parameters < 250000000000 THEN '100-250B'
              ELSE '>=250B' END AS size_class
  FROM r_nodes n
  WHERE n.has_record
),
by_author AS (
  SELECT 'publisher' AS view, size_class, origin, author, count(*) AS models,
         sum(downloads) AS downloads
  FROM c
  GROUP BY size_class, origin, author
  UNION ALL
  SELECT 'foundation', c.size_class, r.foundation_origin, r.root_author, sum(r.weight),
         sum(c.downloads * r.weight)
  FROM c
  JOIN r_roots r ON r.node = c.idx
  GROUP BY c.size_class, r.foundation_origin, r.root_author
),
ranked AS (
  SELECT view, size_class, origin, author, models, downloads,
         row_number() OVER (PARTITION BY view, size_class, origin ORDER BY downloads DESC, author) AS place
  FROM by_author
),
by_origin AS (
  SELECT view, size_class, origin, sum(models) AS models, sum(downloads) AS downloads,
         max(CASE WHEN place = 1 AND downloads > 0 THEN author END) AS top_author,
         max(CASE WHEN place = 1 THEN downloads END) AS top_downloads
  FROM ranked
  GROUP BY view, size_class, origin
),
in_class AS (
  SELECT view, size_class, origin, models, downloads, top_author, top_downloads,
         nullif(sum(downloads) OVER (PARTITION BY view, size_class), 0) AS total,
         sum(CASE WHEN origin = 'UNATTRIBUTED' THEN downloads ELSE 0 END) OVER (PARTITION BY view, size_class)
           AS unattributed
  FROM by_origin
)
SELECT view, size_class, origin, models, downloads,
       downloads / total AS share,
       CASE WHEN total IS NULL THEN NULL WHEN origin = 'UNATTRIBUTED' THEN CAST(0 AS DOUBLE)
            ELSE downloads / total END AS share_low,
       CASE WHEN origin = 'UNATTRIBUTED' THEN downloads / total
            ELSE (downloads + unattributed) / total END AS share_high,
       top_author,
       CASE WHEN top_author IS NOT NULL THEN top_downloads / total END AS top_author_share
FROM in_class
ORDER BY CASE view WHEN 'publisher' THEN 0 ELSE 1 END,
         CASE size_class WHEN '<1B' THEN 0 WHEN '1-10B' THEN 1 WHEN '10-100B' THEN 2 WHEN '100-250B' THEN 3
                         WHEN '>=250B' THEN 4 ELSE 5 END,
         downloads DESC, origin;

-- 1 over time: each snapshot's 30-day downloads by origin (each row its own window; never sum across rows).
SELECT m.snapshot_date AS snapshot, coalesce(o.origin, 'UNATTRIBUTED') AS origin, count(*) AS models,
       sum(coalesce(m.downloads, 0)) AS downloads,
       sum(coalesce(m.downloads, 0)) / nullif(sum(sum(coalesce(m.downloads, 0))) OVER (PARTITION BY m.snapshot_date), 0)
         AS share
FROM models m
LEFT JOIN origins o ON o.author_key = lower(coalesce(m.author, split_part(m.id, '/', 1)))
GROUP BY m.snapshot_date, coalesce(o.origin, 'UNATTRIBUTED')
ORDER BY snapshot, downloads DESC, origin;

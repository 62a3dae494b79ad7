-- What changed from one snapshot to another (parameters: the earlier date, the later date), by the origin of each
-- model's publisher (needs the temp table origins): models in each, added, removed, and the 30-day and all-time
-- downloads summed in each. Each snapshot's 30-day window is its own: the sums are set side by side, never added.
-- A model without an author field is its id's owner's, as in the lineage.
WITH before AS (
  SELECT id, author, downloads, downloads_all_time FROM models WHERE snapshot_date = CAST(? AS DATE)
),
after AS (
  SELECT id, author, downloads, downloads_all_time FROM models WHERE snapshot_date = CAST(? AS DATE)
),
joined AS (
  SELECT coalesce(a.id, b.id) AS id,
         coalesce(a.author, b.author,
                  CASE WHEN contains(coalesce(a.id, b.id), '/') THEN split_part(coalesce(a.id, b.id), '/', 1) END)
           AS author,
         b.id IS NOT NULL AS in_before, a.id IS NOT NULL AS in_after,
         b.downloads AS downloads_before, a.downloads AS downloads_after,
         b.downloads_all_time AS all_time_before, a.downloads_all_time AS all_time_after
  FROM before b FULL OUTER JOIN after a ON a.id = b.id
)
SELECT coalesce(o.origin, 'UNATTRIBUTED') AS origin,
       count(*) FILTER (WHERE in_before) AS models_before,
       count(*) FILTER (WHERE in_after) AS models_after,
       count(*) FILTER (WHERE in_after AND NOT in_before) AS added,
       count(*) FILTER (WHERE in_before AND NOT in_after) AS removed,
       coalesce(sum(downloads_before), 0) AS downloads_before,
       coalesce(sum(downloads_after), 0) AS downloads_after,
       sum(all_time_before) AS all_time_before,
       sum(all_time_after) AS all_time_after,
       count(all_time_before) AS all_time_models_before,
       count(all_time_after) AS all_time_models_after
FROM joined j LEFT JOIN origins o ON o.author_key = lower(j.author)
GROUP BY ALL
ORDER BY downloads_after DESC, models_after DESC, origin;

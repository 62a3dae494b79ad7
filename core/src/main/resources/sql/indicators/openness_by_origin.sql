-- Indicator 11 by origin: mean EOSAI score (all entries; and only entries whose origin is the index's own
-- national-origin tag), families, MOF and OSAID counts, and the EOSAI score weighted by the snapshot's downloads
-- of each family's linked Hub models.
SELECT origin,
       count(*) AS families,
       count(eosai_score) AS eosai_families,
       avg(eosai_score) AS mean_eosai_score,
       count(eosai_score) FILTER (WHERE origin_source = 'eosai') AS eosai_tagged,
       avg(eosai_score) FILTER (WHERE origin_source = 'eosai') AS tagged_mean_score,
       sum(linked_models) AS linked_models,
       sum(linked_downloads) AS linked_downloads,
       sum(eosai_score * linked_downloads) FILTER (WHERE eosai_score IS NOT NULL)
         / nullif(sum(linked_downloads) FILTER (WHERE eosai_score IS NOT NULL), 0) AS download_weighted_score,
       count(*) FILTER (WHERE mof_class IN ('I', 'II', 'III')) AS mof_classified,
       count(*) FILTER (WHERE osaid = 'meets') AS osaid_meets
FROM r_openness
GROUP BY origin
ORDER BY eosai_families DESC, families DESC, origin;

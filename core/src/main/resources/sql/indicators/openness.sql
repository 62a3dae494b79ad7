-- Indicator 11: openness per model family (EOSAI score, MOF class, OSAID verdict) with its Hub models in the snapshot.
-- Ties end on the family's file (two MOF files may name the same release), so every engine gives one order.
SELECT family, source, org, origin, origin_source, eosai_score, mof_class, mof_releases, osaid, osaid_reason,
       hub_models, linked_models, linked_downloads
FROM r_openness
ORDER BY linked_downloads DESC, eosai_score DESC NULLS LAST, family, family_key;

-- The totals of the curation list (accounts_prepare.sql): all downloads and derivatives of the snapshot and the
-- unattributed part of each, split into accounts the registry judged individuals, organisations it does not place,
-- and accounts it does not know.
SELECT (SELECT sum(downloads) FROM r_nodes WHERE has_record) AS downloads,
       (SELECT sum(weight) FROM r_roots WHERE depth > 0) AS derivatives,
       count(*) AS accounts,
       coalesce(sum(downloads), 0) AS unattributed_downloads,
       coalesce(sum(derivatives), 0) AS unattributed_derivatives,
       count(*) FILTER (WHERE kind = 'individual') AS individual_accounts,
       coalesce(sum(downloads) FILTER (WHERE kind = 'individual'), 0) AS individual_downloads,
       coalesce(sum(derivatives) FILTER (WHERE kind = 'individual'), 0) AS individual_derivatives,
       count(*) FILTER (WHERE kind IS NOT NULL AND kind <> 'individual') AS unplaced_organisation_accounts,
       count(*) FILTER (WHERE kind IS NULL) AS unknown_accounts
FROM u_accounts;

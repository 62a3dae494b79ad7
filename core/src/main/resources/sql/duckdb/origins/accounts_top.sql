-- The largest accounts of u_accounts (accounts_prepare.sql) by downloads or by derivatives on their models.
-- Parameters: 'downloads' or 'derivatives' (the ranking), whether to list the accounts the registry judged
-- individuals (true/false), the number of rows.
SELECT author, models, downloads, download_share, derivatives, derivative_share, kind, registry_source,
       foundation_origins, licenses, languages
FROM u_accounts
WHERE CASE WHEN ? = 'downloads' THEN downloads > 0 ELSE derivatives > 0 END
  AND (? OR kind IS DISTINCT FROM 'individual')
ORDER BY CASE WHEN ? = 'downloads' THEN downloads ELSE derivatives END DESC, account
LIMIT ?;

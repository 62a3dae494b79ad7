-- What indicator 12 was computed over, for its scope line: the Epoch AI files loaded (not the Hub snapshot), the
-- distinct models they name and the years of the open-weight ones. No parameters.
SELECT coalesce((SELECT string_agg(DISTINCT source_file, ', ' ORDER BY source_file) FROM epoch_models), 'none')
         AS epoch_file_names,
       (SELECT count(DISTINCT model) FROM epoch_models) AS epoch_models,
       coalesce((SELECT min(year(publication_date)) || ' to ' || max(year(publication_date))
                 FROM epoch_models WHERE open_weights), 'none') AS years;

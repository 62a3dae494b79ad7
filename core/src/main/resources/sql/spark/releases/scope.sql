-- Spark: what indicator 12 was computed over, as sql/releases/scope.sql (Spark has no string_agg(DISTINCT ... ORDER
-- BY ...): the sorted set of file names joined, NULL when there is none). No parameters.
SELECT coalesce((SELECT nullif(array_join(array_sort(collect_set(source_file)), ', '), '') FROM epoch_models), 'none')
         AS epoch_file_names,
       (SELECT count(DISTINCT model) FROM epoch_models) AS epoch_models,
       coalesce((SELECT min(year(publication_date)) || ' to ' || max(year(publication_date))
                 FROM epoch_models WHERE open_weights), 'none') AS years;

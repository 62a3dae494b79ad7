-- Test only: the tables that keep a reference-dataset file's name in source_file (models keeps its Hub file there).
SELECT table_name FROM information_schema.columns
WHERE table_schema = 'main' AND column_name = 'source_file' AND table_name <> 'models'
ORDER BY table_name;

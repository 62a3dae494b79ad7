-- Report benchmark (issue 6): what the hand-written pipeline of handwritten_pipeline.sql made.
SELECT (SELECT count(*) FROM hw_models) AS models, (SELECT count(*) FROM hw_roots) AS root_rows,
       (SELECT count(*) FROM hw_downloads_by_root_author) AS root_authors;

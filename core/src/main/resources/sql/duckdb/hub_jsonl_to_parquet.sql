-- A Hub API JSON Lines file (as `generate hub` writes it) to a hub-stats style Parquet file that
-- `ingest --format hub-parquet` reads back: the same fields with explicit types; cardData, safetensors and gguf
-- kept as their JSON text (the ingest parses them given as text). {in} is the JSON Lines file, {out} the Parquet
-- file.
COPY (
  SELECT _id, id, author, createdAt, lastModified, downloads, likes, private, pipeline_tag, library_name, tags,
         modelId, CAST(cardData AS VARCHAR) AS cardData, CAST(safetensors AS VARCHAR) AS safetensors,
         CAST(gguf AS VARCHAR) AS gguf
  FROM read_json('{in}', format = 'newline_delimited', columns = {
    _id: 'VARCHAR', id: 'VARCHAR', author: 'VARCHAR', createdAt: 'VARCHAR', lastModified: 'VARCHAR',
    downloads: 'BIGINT', likes: 'BIGINT', private: 'BOOLEAN', pipeline_tag: 'VARCHAR', library_name: 'VARCHAR',
    tags: 'VARCHAR[]', modelId: 'VARCHAR', cardData: 'JSON', safetensors: 'JSON', gguf: 'JSON'})
) TO '{out}' (FORMAT parquet, COMPRESSION zstd);

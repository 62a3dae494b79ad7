package org.observatory.ingest;

import org.observatory.store.DatasetSink;

/**
 * Loads one file of a reference dataset (usage, prices, openness) into its tables, inside the
 * ingest's one transaction. Unreadable content is a {@link org.observatory.model.BadInputException}
 * naming the file and the record; the ingest then stores nothing.
 */
public interface DatasetLoader {
  DatasetResult load(DatasetFile file, DatasetSink sink);
}

package org.observatory.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** One input file of a reference dataset: its path, the name used in messages and the store. */
public record DatasetFile(Path path, String name) {
  /** The file's bytes, decompressed when gzip-compressed. */
  public InputStream open() throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b
        ? new BufferedInputStream(new GZIPInputStream(in), 1 << 16)
        : in;
  }
}

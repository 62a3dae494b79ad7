package org.observatory.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.observatory.model.ObservatoryException;
import org.observatory.model.UsageException;

/** The output: one compact JSON object per line, appended a page at a time and forced to disk. */
final class JsonlFile implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final FileChannel channel;

  private JsonlFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
  }

  /**
   * Opens (or creates) the file and cuts it to {@code keep} bytes: 0 to start over, or a resume
   * point's length to drop a page written after the point was saved, or the cut-off line of a
   * crash.
   */
  static JsonlFile openKeeping(Path path, long keep) {
    try {
      FileChannel channel =
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (channel.size() < keep || (keep > 0 && lastByte(channel, keep) != '\n')) {
        channel.close();
        throw new UsageException(
            path
                + " no longer holds the "
                + keep
                + " bytes of complete lines the interrupted fetch wrote: it was"
                + " changed since; delete "
                + StateFile.beside(path).path()
                + " to start over");
      }
      channel.truncate(keep);
      channel.position(keep);
      return new JsonlFile(path, channel);
    } catch (IOException e) {
      throw new ObservatoryException("cannot open " + path + ": " + e.getMessage(), e);
    }
  }

  private static byte lastByte(FileChannel channel, long keep) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    channel.read(one, keep - 1);
    return one.get(0);
  }

  /**
   * Appends one line per model and forces them to disk, so a saved resume point never runs ahead of
   * the data.
   */
  void append(List<JsonNode> models) {
    try {
      ByteArrayOutputStream lines = new ByteArrayOutputStream();
      for (JsonNode model : models) {
        lines.write(JSON.writeValueAsBytes(model));
        lines.write('\n');
      }
      ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new ObservatoryException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  long size() {
    try {
      return channel.position();
    } catch (IOException e) {
      throw new ObservatoryException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new ObservatoryException("cannot close " + path + ": " + e.getMessage(), e);
    }
  }
}

package org.observatory.web;

/** One request's hold on the current generation: the copy stays open until it is closed. */
final class Lease implements AutoCloseable {
  private final Generation generation;
  private boolean closed;

  Lease(Generation generation) {
    this.generation = generation;
  }

  Generation generation() {
    return generation;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      generation.release();
    }
  }
}

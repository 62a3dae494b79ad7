package org.observatory.model;

/** The program's name and version, as reports, the dashboard and {@code --version} give them. */
public final class Release {
  public static final String NAME = "Open Model Observatory";
  public static final String VERSION = "0.1.0";

  /** {@code Open Model Observatory 0.1.0}. */
  public static final String TEXT = NAME + " " + VERSION;

  private Release() {}
}

package org.observatory.model;

/** Checks on text values read from inputs before they are stored. */
public final class Texts {
  private Texts() {}

  /**
   * Whether {@code s} is well-formed Unicode: no lone surrogate (a JSON escape such as {@code
   * \ud800} without its pair), which no UTF-8 file can hold and the store would keep as {@code ?}.
   */
  public static boolean isWellFormed(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }
}

package org.observatory.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * Where an unfinished fetch stands, as saved in the state file beside the output after each page.
 *
 * @param scope the listing being walked ({@link FetchOptions#scope()}); a resume must walk the same
 *     one
 * @param next the page to get next
 * @param records complete records in the output file
 * @param bytes the output file's length when they were written; anything after it is an unsaved
 *     page
 */
record ResumePoint(String scope, URI next, long records, long bytes) {
  ResumePoint {
    requireNonNull(scope, "scope");
    requireNonNull(next, "next");
    if (records < 0 || bytes < 0) {
      throw new IllegalArgumentException("negative count in resume point");
    }
  }
}

package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The indicators of one snapshot with everything needed to cite them: the snapshot (date, counts,
 * source files), each indicator's definition, scope and window, the time series over all stored
 * snapshots, data quality, and the credits of every data source used.
 */
public record Report(
    LocalDate date,
    long models,
    long nodes,
    long edges,
    List<String> sources,
    List<Indicator> indicators,
    List<Map<String, Object>> series,
    DataQuality quality,
    List<String> credits) {
  public Report {
    requireNonNull(date, "date");
    sources = List.copyOf(sources);
    indicators = List.copyOf(indicators);
    series = List.copyOf(series);
    credits = List.copyOf(credits);
  }

  /** The indicator with this JSON name; a usage error naming the valid ones when there is none. */
  public Indicator indicator(String name) {
    return indicators.stream()
        .filter(i -> i.spec().name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new org.observatory.model.UsageException(
                    "no indicator '"
                        + name
                        + "'; valid names: "
                        + String.join(
                            ", ", indicators.stream().map(i -> i.spec().name()).toList())));
  }

  /** The same report with only the indicator of this JSON name. */
  public Report only(String name) {
    return new Report(
        date, models, nodes, edges, sources, List.of(indicator(name)), series, quality, credits);
  }

  /** Whether the report holds an indicator of this JSON name. */
  public boolean has(String name) {
    return indicators.stream().anyMatch(i -> i.spec().name().equals(name));
  }

  /** What the rows were computed over, said once for every indicator. */
  public String scope() {
    return String.format(
        "%,d model records and %,d lineage nodes (parents or tree children absent from the snapshot included) of"
            + " the snapshot of %s, read from %s",
        models,
        nodes,
        date,
        sources.size() <= 2
            ? String.join(", ", sources)
            : sources.size() + " files (listed under snapshot.sources)");
  }
}

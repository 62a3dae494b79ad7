package org.observatory.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The indicators of one snapshot with everything needed to cite them: the snapshot (date, counts,
 * source files), each indicator's definition, scope and window, the time series over all stored
 * snapshots, data quality, the credits of every data source used, the groups its origin codes are
 * reported in ({@code report --group}; empty when none), and where each fetched file came from.
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
    List<String> credits,
    Map<String, List<String>> originGroups,
    SourceProvenance provenance) {
  public Report {
    requireNonNull(date, "date");
    sources = List.copyOf(sources);
    indicators = List.copyOf(indicators);
    series = List.copyOf(series);
    credits = List.copyOf(credits);
    originGroups =
        originGroups == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(originGroups));
    provenance = provenance == null ? SourceProvenance.NONE : provenance;
  }

  /** A report whose origins are not grouped, without fetch provenance. */
  public Report(
      LocalDate date,
      long models,
      long nodes,
      long edges,
      List<String> sources,
      List<Indicator> indicators,
      List<Map<String, Object>> series,
      DataQuality quality,
      List<String> credits) {
    this(
        date,
        models,
        nodes,
        edges,
        sources,
        indicators,
        series,
        quality,
        credits,
        Map.of(),
        SourceProvenance.NONE);
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
        date,
        models,
        nodes,
        edges,
        sources,
        List.of(indicator(name)),
        series,
        quality,
        credits,
        originGroups,
        provenance);
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
                : sources.size() + " files (listed under snapshot.sources)")
        + groupsNote();
  }

  /** "; origins grouped: CN = CN+HK+MO" when the report groups origin codes, else empty. */
  public String groupsNote() {
    if (originGroups.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("; origins grouped: ");
    originGroups.forEach(
        (label, codes) ->
            s.append(label).append(" = ").append(String.join("+", codes)).append(", "));
    return s.substring(0, s.length() - 2);
  }
}

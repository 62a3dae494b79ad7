package org.observatory.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.model.Release;
import org.observatory.report.CsvReport;
import org.observatory.report.HtmlOptions;
import org.observatory.report.HtmlReport;
import org.observatory.report.Indicator;
import org.observatory.report.JsonReport;
import org.observatory.report.Methodology;
import org.observatory.report.Report;

/**
 * HTML reports written into a folder with what they link to: {@code report-DATE.html} per snapshot,
 * {@code methodology.html} (METHODOLOGY.md, its sections linked from each indicator), and {@code
 * data/}: the whole report as {@code report-DATE.json} and {@code .csv}, and each indicator as
 * {@code NAME-DATE.csv} and {@code NAME-DATE.json} (its meta and rows).
 */
final class ReportFiles {
  static final String DATA = "data";
  static final String METHODOLOGY = "methodology.html";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportFiles() {}

  /** The file name of the HTML report of a snapshot. */
  static String htmlName(LocalDate date) {
    return "report-" + date + ".html";
  }

  /**
   * Writes every report (each linking to the others) with its data files and the methodology page;
   * returns the HTML files written, in the order of {@code reports}.
   */
  static List<Path> write(Path dir, List<Report> reports, HtmlOptions options) throws IOException {
    Files.createDirectories(dir.resolve(DATA));
    Map<LocalDate, String> names = new LinkedHashMap<>();
    reports.forEach(r -> names.put(r.date(), htmlName(r.date())));
    HtmlOptions o = options.withFiles(names, DATA, METHODOLOGY);
    Files.writeString(
        dir.resolve(METHODOLOGY),
        Methodology.bundled().page(o.toolVersion()),
        StandardCharsets.UTF_8);
    List<Path> written = new ArrayList<>();
    for (Report r : reports) {
      data(dir.resolve(DATA), r);
      Path html = dir.resolve(names.get(r.date()));
      html(r, o, html);
      written.add(html);
    }
    return written;
  }

  /** One HTML report file. */
  static void html(Report r, HtmlOptions o, Path file) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      HtmlReport.write(r, o, w);
    }
  }

  /** The report's JSON and CSV, and each indicator's, into {@code dir}. */
  private static void data(Path dir, Report r) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("report-" + r.date() + ".json"))) {
      JsonReport.write(r, w);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("report-" + r.date() + ".csv"))) {
      CsvReport.writeAll(r, w);
    }
    ObjectNode tree = JsonReport.tree(r);
    for (Indicator i : r.indicators()) {
      String name = i.spec().name();
      try (Writer w = Files.newBufferedWriter(dir.resolve(name + "-" + r.date() + ".csv"))) {
        CsvReport.writeIndicator(i, w);
      }
      ObjectNode one = JSON.createObjectNode();
      one.put("indicator", name);
      one.put("snapshot", r.date().toString());
      one.set("meta", tree.get("meta").get(name));
      one.set("rows", tree.get(name));
      one.set("credits", tree.get("credits"));
      one.put("written_by", Release.TEXT);
      JSON.writeValue(dir.resolve(name + "-" + r.date() + ".json").toFile(), one);
    }
  }
}

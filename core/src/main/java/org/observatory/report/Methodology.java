package org.observatory.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * METHODOLOGY.md (shipped in the jar as {@code doc/METHODOLOGY.md}) as an HTML page whose headings
 * carry ids, and the section that defines each indicator, so that a report or the dashboard links a
 * figure to its definition: {@code methodology.html#indicators-1-8-...}.
 */
public final class Methodology {
  private static final String RESOURCE = "doc/METHODOLOGY.md";
  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), HeadingAnchorExtension.create());
  private static final Methodology BUNDLED = new Methodology(read());

  private final Node document;
  private final Map<String, String> sections = new HashMap<>();

  private Methodology(String markdown) {
    this.document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
    IdGenerator ids = IdGenerator.builder().build();
    document.accept(
        new AbstractVisitor() {
          private String current = "";

          @Override
          public void visit(Heading heading) {
            current = ids.generateId(text(heading));
            super.visit(heading);
          }

          @Override
          public void visit(Code code) {
            sections.putIfAbsent(code.getLiteral(), current);
          }
        });
  }

  public static Methodology bundled() {
    return BUNDLED;
  }

  /**
   * The id of the section that first names {@code name} in code ({@code `downloads_by_origin`}), or
   * empty when it names it nowhere.
   */
  public String anchor(String name) {
    return sections.getOrDefault(name, "");
  }

  /** The methodology as one self-contained HTML page (no script, no network). */
  public String page(String toolVersion) {
    return page(toolVersion, "", "");
  }

  /**
   * The page with more in its head ({@code links}: a server's icon and style sheet, which the
   * page's own style follows and so wins over) and a {@code header} above it (a server's
   * navigation).
   */
  public String page(String toolVersion, String links, String header) {
    String body = HtmlRenderer.builder().extensions(EXTENSIONS).build().render(document);
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Methodology — Open Model Observatory</title>"
        + links
        + "<style>"
        + HtmlReport.STYLE
        + "</style></head><body>"
        + header
        + "<main class=\"doc\">"
        + body
        + "<footer><p>The definitions behind every figure of the Open Model Observatory "
        + Html.escape(toolVersion)
        + " (METHODOLOGY.md).</p></footer></main></body></html>\n";
  }

  /** The text of a heading as the anchor extension reads it (text and code spans). */
  private static String text(Node node) {
    StringBuilder b = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            b.append(t.getLiteral());
          }

          @Override
          public void visit(Code c) {
            b.append(c.getLiteral());
          }
        });
    return b.toString();
  }

  private static String read() {
    try (InputStream in = Methodology.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}

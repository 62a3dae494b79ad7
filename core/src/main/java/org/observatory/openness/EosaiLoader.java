package org.observatory.openness;

import java.util.List;
import java.util.TreeMap;
import org.observatory.ingest.DatasetFile;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.DatasetResult;
import org.observatory.license.LicenseClassifier;
import org.observatory.store.DatasetSink;
import org.observatory.store.IngestIssue;
import org.observatory.store.RowAppender;

/**
 * Loads the files of the European Open Source AI Index (osai-index.eu; CC BY 4.0): model entries
 * with their openness classes, origin comments, Hub links and OSAID verdict; the scored dimensions
 * ({@code _parameters.yml}); and their descriptions. The submission template is skipped, as the
 * site skips it.
 */
public final class EosaiLoader implements DatasetLoader {
  private static final List<String> TABLES =
      List.of(
          "eosai_entries",
          "eosai_classes",
          "eosai_links",
          "eosai_parameters",
          "eosai_descriptions");

  private final OsaidRule osaid;

  public EosaiLoader(LicenseClassifier licenses) {
    this.osaid = new OsaidRule(licenses);
  }

  @Override
  public DatasetResult load(DatasetFile file, DatasetSink sink) {
    String source = DatasetText.sourceName(file);
    EosaiDocument doc = EosaiParser.parse(DatasetText.of(file), file.name());
    for (String table : TABLES) {
      sink.replaceSource(table, source);
    }
    if (doc instanceof EosaiEntry e) {
      entry(e, source, sink);
      return new DatasetResult(1, 1, 0, null, List.of());
    }
    if (doc instanceof EosaiParameters p) {
      RowAppender rows = sink.rows("eosai_parameters");
      for (EosaiParameters.Parameter x : p.parameters()) {
        rows.add(source)
            .add(x.position())
            .add(x.groupRef())
            .add(x.groupName())
            .add(x.ref())
            .add(x.name())
            .add(String.join(",", x.types()))
            .endRow();
      }
      return new DatasetResult(p.parameters().size(), p.parameters().size(), 0, null, List.of());
    }
    if (doc instanceof EosaiDescriptions d) {
      RowAppender rows = sink.rows("eosai_descriptions");
      new TreeMap<>(d.english())
          .forEach((ref, text) -> rows.add(source).add(ref).add(text.strip()).endRow());
      return new DatasetResult(d.english().size(), d.english().size(), 0, null, List.of());
    }
    return new DatasetResult(
        1,
        0,
        1,
        null,
        List.of(
            new IngestIssue(
                "skipped", "submission template: no system name (the index skips it too)", 1, 1)));
  }

  private void entry(EosaiEntry e, String source, DatasetSink sink) {
    OsaidVerdict v = osaid.of(e);
    sink.rows("eosai_entries")
        .add(source)
        .add(e.name())
        .add(e.link())
        .add(e.type())
        .add(e.performanceClass())
        .add(e.baseModelName())
        .add(e.endModelName())
        .add(e.endModelLicense())
        .add(e.releaseDate())
        .add(e.orgName())
        .add(e.orgLink())
        .add(e.nationalOrigin())
        .add(e.contributorType())
        .add(e.origin().orElse(null))
        .add(e.hubOrg().orElse(null))
        .add(v.verdict())
        .add(v.reason())
        .endRow();
    RowAppender classes = sink.rows("eosai_classes");
    for (EosaiEntry.Dimension d : e.dimensions()) {
      classes.add(source).add(d.ref()).add(d.openness()).endRow();
    }
    RowAppender links = sink.rows("eosai_links");
    for (EosaiEntry.HubLink l : e.hubLinks()) {
      links.add(source).add(l.id().value()).add(l.via()).endRow();
    }
  }
}

package org.observatory.openness;

import java.util.List;
import org.observatory.ingest.DatasetFile;
import org.observatory.ingest.DatasetLoader;
import org.observatory.ingest.DatasetResult;
import org.observatory.license.LicenseClassifier;
import org.observatory.store.DatasetSink;
import org.observatory.store.RowAppender;

/**
 * Loads the model files of the LF AI & Data Model Openness Tool (lfai/model_openness_tool {@code
 * models/*.yml}; MIT): each release with its components, their licenses, its MOF class and its
 * OSAID verdict.
 */
public final class MofLoader implements DatasetLoader {
  private final MofFramework framework;
  private final MofClassifier classifier;
  private final OsaidRule osaid;

  public MofLoader(LicenseClassifier licenses) {
    this.framework = MofFramework.bundled(licenses);
    this.classifier = new MofClassifier(framework);
    this.osaid = new OsaidRule(licenses);
  }

  @Override
  public DatasetResult load(DatasetFile file, DatasetSink sink) {
    String source = DatasetText.sourceName(file);
    MofRelease r = MofParser.parse(DatasetText.of(file), file.name(), framework);
    MofEvaluation e = classifier.evaluate(r);
    OsaidVerdict v = osaid.of(e);
    sink.replaceSource("mof_releases", source);
    sink.replaceSource("mof_components", source);
    sink.rows("mof_releases")
        .add(source)
        .add(r.name())
        .add(r.version())
        .add(r.producer())
        .add(r.huggingface())
        .add(r.hubId().map(id -> id.value()).orElse(null))
        .add(r.globalLicenses().get("distribution"))
        .add(e.mofClass())
        .add(e.conditional() ? "conditional" : e.mofClass() == null ? null : "complete")
        .add(e.note())
        .add(v.verdict())
        .add(v.reason())
        .endRow();
    RowAppender rows = sink.rows("mof_components");
    for (MofEvaluation.Resolved c : e.components()) {
      rows.add(source)
          .add(c.name())
          .add(c.contentType())
          .add(c.given())
          .add(c.license())
          .add(c.status().label())
          .endRow();
    }
    return new DatasetResult(1, 1, 0, null, List.of());
  }
}

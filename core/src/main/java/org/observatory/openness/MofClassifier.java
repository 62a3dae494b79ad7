package org.observatory.openness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Puts a MOF release into Class III (Open Model), II (Open Tooling) or I (Open Science) by the
 * rules of the Model Openness Framework v1.0 as the Model Openness Tool applies them: a class is
 * met when every component it requires, and every component the classes below it require, is listed
 * under an open license. The Technical report may be replaced by the Research paper. Class III is
 * also met, conditionally, when the final model parameters are under an OSI-approved license (the
 * MOT's conditional pass).
 */
final class MofClassifier {
  static final String WEIGHTS = "Model parameters (Final)";
  private static final String TECHNICAL_REPORT = "Technical report";
  private static final String RESEARCH_PAPER = "Research paper";

  private final MofFramework framework;

  MofClassifier(MofFramework framework) {
    this.framework = framework;
  }

  MofEvaluation evaluate(MofRelease release) {
    List<MofEvaluation.Resolved> resolved = new ArrayList<>();
    for (MofRelease.Listed c : release.components()) {
      resolved.add(resolve(release, c));
    }
    MofEvaluation draft = new MofEvaluation(null, false, "", resolved);
    String met = null;
    for (String cls : MofFramework.CLASSES) {
      if (!lacks(draft, cls).isEmpty()) {
        break;
      }
      met = cls;
    }
    boolean conditional = false;
    if (met == null) {
      Optional<MofEvaluation.Resolved> w = draft.included(WEIGHTS);
      conditional = w.isPresent() && framework.osiApproved(w.get().license());
      met = conditional ? "III" : null;
    }
    return new MofEvaluation(met, conditional, note(draft, met, conditional), resolved);
  }

  private MofEvaluation.Resolved resolve(MofRelease release, MofRelease.Listed c) {
    String type = framework.component(c.name()).orElseThrow().contentType();
    String given = c.license();
    String lower = given == null ? "" : given.toLowerCase(Locale.ROOT);
    if (lower.contains("not include")) {
      return new MofEvaluation.Resolved(
          c.name(), type, given, null, MofEvaluation.Status.NOT_INCLUDED);
    }
    String license;
    if (given != null) {
      license = lower.equals("unlicensed") || lower.equals("license not specified") ? null : given;
    } else {
      license = release.globalLicenses().get(type);
      if (license == null) {
        license = release.globalLicenses().get("distribution");
      }
    }
    MofEvaluation.Status status;
    if (license == null) {
      status = MofEvaluation.Status.UNLICENSED;
    } else if (!framework.open(license)) {
      status = MofEvaluation.Status.NOT_OPEN;
    } else if (framework.typeAppropriate(license, type)) {
      status = MofEvaluation.Status.OPEN;
    } else {
      status = MofEvaluation.Status.OPEN_OTHER_TYPE;
    }
    return new MofEvaluation.Resolved(c.name(), type, given, license, status);
  }

  /** The required components of {@code cls} and the classes below it that are not listed open. */
  private List<String> lacks(MofEvaluation e, String cls) {
    int upTo = MofFramework.CLASSES.indexOf(cls);
    List<String> out = new ArrayList<>();
    for (MofFramework.Component c : framework.components()) {
      if (!c.required() || MofFramework.CLASSES.indexOf(c.mofClass()) > upTo) {
        continue;
      }
      if (c.name().equals(TECHNICAL_REPORT) && isOpen(e, RESEARCH_PAPER)) {
        continue;
      }
      if (!isOpen(e, c.name())) {
        out.add(
            c.name()
                + " ("
                + e.included(c.name()).map(r -> r.status().label()).orElse("not listed")
                + ")");
      }
    }
    return out;
  }

  private static boolean isOpen(MofEvaluation e, String name) {
    return e.included(name).map(r -> r.status().open()).orElse(false);
  }

  private String note(MofEvaluation e, String met, boolean conditional) {
    int next = met == null ? 0 : MofFramework.CLASSES.indexOf(met) + 1;
    String lacking =
        next < MofFramework.CLASSES.size()
            ? "Class "
                + MofFramework.CLASSES.get(next)
                + " lacks: "
                + lacks(e, MofFramework.CLASSES.get(next)).stream()
                    .collect(Collectors.joining(", "))
            : "every Class I component is listed under an open license";
    if (conditional) {
      String weights = e.included(WEIGHTS).map(MofEvaluation.Resolved::license).orElse("");
      return "Class III by the MOT's conditional pass ("
          + WEIGHTS
          + " under "
          + weights
          + ", OSI-approved); Class III lacks: "
          + String.join(", ", lacks(e, "III"));
    }
    return lacking;
  }
}

package org.observatory.openness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.observatory.license.LicenseClass;
import org.observatory.license.LicenseClassifier;

/**
 * The Observatory's reading of OSI's Open Source AI Definition 1.0 (OSAID): a system is open source
 * AI when (1) its parameters (weights) are available under OSI-approved terms, (2) the complete
 * code used to train and run it is available under OSI-approved licenses, and (3) sufficiently
 * detailed information about its training data is available. From EOSAI dimensions or, for a family
 * only the MOF evaluated, from its MOF components (METHODOLOGY.md, "OSAID verdict").
 */
final class OsaidRule {
  private static final List<String> MOF_CODE =
      List.of("Training code", "Inference code", "Data preprocessing code");

  private final LicenseNames licenses;

  OsaidRule(LicenseClassifier licenses) {
    this.licenses = new LicenseNames(licenses);
  }

  OsaidVerdict of(EosaiEntry e) {
    List<String> failed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    String end = e.openness("weights_endmodel");
    if (end == null) {
      unknown.add("end-model weights not assessed");
    } else if (!end.equals("open")) {
      failed.add("end-model weights not openly released (weights_endmodel: " + end + ")");
    }
    String base = e.openness("weights_basemodel");
    if (base != null && !base.equals("open")) {
      failed.add("base-model weights not openly released (weights_basemodel: " + base + ")");
    }
    weightsLicense(e.endModelLicense(), "end-model", failed, unknown);
    String code = e.openness("trainingcode");
    if (code == null) {
      unknown.add("training code not assessed");
    } else if (!code.equals("open")) {
      failed.add("training code not fully released (trainingcode: " + code + ")");
    }
    if ("closed".equals(e.openness("licenses"))) {
      failed.add("code and data not under OSI-approved licenses (licenses: closed)");
    }
    for (String ds : List.of("datasources_basemodel", "datasources_endmodel")) {
      String c = e.openness(ds);
      if (c == null) {
        unknown.add(ds + " not assessed");
      } else if (!c.equals("open")) {
        failed.add("training data not fully documented (" + ds + ": " + c + ")");
      }
    }
    return OsaidVerdict.of(
        failed,
        unknown,
        "weights under "
            + e.endModelLicense()
            + " (OSI-approved), training code released, training data sources documented");
  }

  OsaidVerdict of(MofEvaluation m) {
    List<String> failed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    var weights = m.included(MofClassifier.WEIGHTS);
    if (weights.isEmpty()) {
      failed.add("final model parameters not released");
    } else {
      weightsLicense(weights.get().license(), "final model parameters'", failed, unknown);
    }
    for (String name : MOF_CODE) {
      var c = m.included(name);
      if (c.isEmpty()) {
        failed.add(name.toLowerCase(Locale.ROOT) + " not released");
      } else if (c.get().license() == null) {
        unknown.add("no license stated for " + name.toLowerCase(Locale.ROOT));
      } else if (classOf(c.get().license()) != LicenseClass.OSI_APPROVED) {
        failed.add(
            name.toLowerCase(Locale.ROOT) + " under a non-OSI license (" + c.get().license() + ")");
      }
    }
    if (m.included("Data card").isEmpty() && m.included("Datasets").isEmpty()) {
      failed.add("no data card or datasets (data information)");
    }
    return OsaidVerdict.of(
        failed,
        unknown,
        "weights and training, inference and preprocessing code under OSI-approved licenses; data"
            + " card or datasets released");
  }

  private void weightsLicense(
      String license, String whose, List<String> failed, List<String> unknown) {
    if (license == null) {
      unknown.add("no " + whose + " license stated");
      return;
    }
    LicenseClass c = classOf(license);
    if (c == LicenseClass.UNKNOWN) {
      unknown.add(whose + " license '" + license + "' not recognised");
    } else if (c != LicenseClass.OSI_APPROVED) {
      failed.add("weights under a non-OSI license (" + license + ": " + c.key() + ")");
    }
  }

  /**
   * The class of a license text; several licenses joined by "and" take the least open class among
   * them (unknown when any part is not recognised and none is known to be non-OSI).
   */
  LicenseClass classOf(String license) {
    String[] parts = license.split("(?i)\\s+and\\s+|\\s*\\+\\s*");
    LicenseClass worst = LicenseClass.OSI_APPROVED;
    boolean unknownPart = false;
    for (String part : parts) {
      LicenseClass c = licenses.classify(part).licenseClass();
      if (c == LicenseClass.UNKNOWN) {
        unknownPart = true;
      } else if (c.ordinal() > worst.ordinal()) {
        worst = c;
      }
    }
    if (worst != LicenseClass.OSI_APPROVED) {
      return worst;
    }
    return unknownPart ? LicenseClass.UNKNOWN : worst;
  }
}

package org.observatory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of STYLE.md, checked over core and app. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.observatory");
  }

  @Test
  void onlyTheStoreUsesJdbc() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.observatory.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.sql..")
        .check(classes);
  }

  @Test
  void onlyTheCliPrints() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.observatory.cli..")
        .and()
        .doNotHaveFullyQualifiedName("org.observatory.Main")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }

  @Test
  void onlyTheWebPackageAndTheCompositionRootUseJavalin() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.observatory.web..", "org.observatory.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
        .check(classes);
  }

  @Test
  void theCoreDoesNotDependOnTheWeb() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.observatory.web..", "org.observatory.cli..")
        .and()
        .doNotHaveFullyQualifiedName("org.observatory.Main")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.observatory.web..")
        .check(classes);
  }

  @Test
  void modelDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("org.observatory.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.observatory.ingest..", "org.observatory.store..", "org.observatory.cli..")
        .check(classes);
  }

  @Test
  void coreDoesNotDependOnTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.observatory.cli..")
        .and()
        .doNotHaveFullyQualifiedName("org.observatory.Main")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.observatory.cli..")
        .check(classes);
  }

  @Test
  void theStoreDependsOnlyOnTheModel() {
    noClasses()
        .that()
        .resideInAPackage("org.observatory.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.observatory.ingest..",
            "org.observatory.lineage..",
            "org.observatory.origin..",
            "org.observatory.license..",
            "org.observatory.report..",
            "org.observatory.fetch..")
        .check(classes);
  }

  @Test
  void ingestDoesNotDependOnTheIndicatorLayer() {
    noClasses()
        .that()
        .resideInAnyPackage("org.observatory.ingest..", "org.observatory.fetch..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.observatory.lineage..", "org.observatory.report..", "org.observatory.origin..")
        .check(classes);
  }
}

package org.observatory;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.lineage.LineageLoader;
import org.observatory.store.Row;
import org.observatory.store.RowAppender;
import org.observatory.store.SqlCatalog;
import org.observatory.store.Store;

/**
 * The layer rules of STYLE.md, checked over the main classes a module sees (its own and those of
 * the modules it depends on), after JabRef's {@code CommonArchitectureTest}: each module has a
 * one-line subclass, so the rules hold in core, app and spark alike (a rule about a package the
 * module does not see, such as web in core, holds trivially there).
 */
public abstract class CommonArchitectureTest {
  private static final String OURS = "org.observatory..";

  /**
   * What web may do with a {@link Store}: hold the served copy and list what it holds (snapshots,
   * the sources their updates missed), never query it for figures itself.
   */
  private static final Set<String> STORE_LIFECYCLE =
      Set.of(
          "copyOf",
          "open",
          "openReadOnly",
          "inMemory",
          "session",
          "close",
          "location",
          "snapshots",
          "missingSources");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // core's test jar is on app's and spark's class path: its classes are tests too
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.observatory");
  }

  @Test
  void packagesHaveNoCycles() {
    slices()
        .matching("org.observatory.(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyTheStoreUsesJdbc() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.observatory.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.sql..")
        .allowEmptyShould(true)
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
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyTheSparkModuleUsesSpark() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.observatory.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyTheWebPackageAndTheCompositionRootUseJavalin() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.observatory.web..", "org.observatory.cli..", "org.observatory.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
        .allowEmptyShould(true)
        .check(classes);
  }

  /** The benchmarks drive the command line and the web server as a user would, from outside. */
  @Test
  void onlyTheCompositionRootDependsOnTheWebAndTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.observatory.web..", "org.observatory.cli..", "org.observatory.bench..")
        .and()
        .doNotHaveFullyQualifiedName("org.observatory.Main")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.observatory.web..", "org.observatory.cli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  /** The benchmarks measure the product; nothing of the product needs them (Main adds them). */
  @Test
  void theProductDoesNotDependOnTheBenchmarks() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.observatory.bench..")
        .and()
        .doNotHaveFullyQualifiedName("org.observatory.Main")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.observatory.bench..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void modelDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("org.observatory.model..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(OURS).and(not(resideInAPackage("org.observatory.model.."))))
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void theStoreDependsOnlyOnTheModel() {
    noClasses()
        .that()
        .resideInAPackage("org.observatory.store..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(OURS)
                .and(not(resideInAPackage("org.observatory.store..")))
                .and(not(resideInAPackage("org.observatory.model.."))))
        .allowEmptyShould(true)
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
            "org.observatory.lineage..",
            "org.observatory.report..",
            "org.observatory.engine..",
            "org.observatory.origin..")
        .allowEmptyShould(true)
        .check(classes);
  }

  /** The report computes nothing itself: every figure comes from an engine. */
  @Test
  void theReportReachesTheStoreOnlyThroughTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.observatory.report..")
        .should()
        .dependOnClassesThat(
            belongToAnyOf(Store.class, SqlCatalog.class, Row.class, RowAppender.class)
                .or(belongToAnyOf(LineageLoader.class)))
        .allowEmptyShould(true)
        .check(classes);
  }

  /** The web holds the served copy of the database, and asks the engine every question. */
  @Test
  void theWebReachesTheStoreOnlyThroughTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.observatory.web..")
        .should()
        .callMethodWhere(storeQuery())
        .orShould()
        .dependOnClassesThat(
            belongToAnyOf(SqlCatalog.class, Row.class, RowAppender.class, LineageLoader.class))
        .allowEmptyShould(true)
        .check(classes);
  }

  private static DescribedPredicate<JavaMethodCall> storeQuery() {
    return DescribedPredicate.describe(
        "a Store method other than " + STORE_LIFECYCLE,
        call ->
            call.getTargetOwner().isEquivalentTo(Store.class)
                && !STORE_LIFECYCLE.contains(call.getName()));
  }
}

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
import com.tngtech.archunit.lang.ArchRule;
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

  /**
   * The program needs the network only in {@code fetch} and {@code update} (README): HTTP clients,
   * URL connections and sockets are used in {@code org.observatory.fetch} alone, and in the bench's
   * {@code ServeLoad}, which sends its load to a server of its own on 127.0.0.1 ({@code bench
   * serve}). The web package serves; it never connects anywhere.
   */
  static final ArchRule NETWORK_ONLY_IN_FETCH =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.observatory.fetch..")
          .and()
          .doNotHaveSimpleName("ServeLoad")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.net.http..")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(java.net.URLConnection.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(java.net.Socket.class)
          .orShould()
          .callMethod(java.net.URL.class, "openStream")
          .orShould()
          .callMethod(java.net.URL.class, "openConnection")
          .because("the program needs the network only in fetch and update")
          .allowEmptyShould(true);

  @Test
  void onlyTheFetchersUseTheNetwork() {
    NETWORK_ONLY_IN_FETCH.check(classes);
  }

  /** The rule above can fail: a class outside fetch that opens an HTTP client breaks it. */
  @Test
  void theNetworkRuleCatchesAClientOutsideFetch() {
    JavaClasses outside = new ClassFileImporter().importClasses(ClientOutsideFetch.class);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NETWORK_ONLY_IN_FETCH.check(outside))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.net.http.HttpClient")
        .hasMessageContaining("java.net.URL.openStream()");
  }

  /** Breaks {@link #NETWORK_ONLY_IN_FETCH} on purpose (never run). */
  private static final class ClientOutsideFetch {
    java.net.http.HttpClient client() {
      return java.net.http.HttpClient.newHttpClient();
    }

    java.io.InputStream read(java.net.URL url) throws java.io.IOException {
      return url.openStream();
    }
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

package org.observatory.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.observatory.license.LicenseClassifier;
import org.observatory.origin.OriginRegistry;
import org.observatory.web.ServedDatabase;
import org.observatory.web.WebAccess;
import org.observatory.web.WebApp;
import org.observatory.web.WebServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatory serve}: the dashboard and the REST API over one database, read-only. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the dashboard (/) and the REST API (/api/v1) over a database, read-only.",
      "The API is described at /api/v1/openapi.json. Answers from an in-memory copy of the file,",
      "copied again when an ingest in another process has changed it. Stops on Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ExistingDatabase db;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
              + " interface).")
  String host;

  @Option(
      names = "--allow-host",
      split = ",",
      paramLabel = "NAME",
      description =
          "Also answer requests whose Host header names NAME (a name this machine is reached by"
              + " through a proxy, say; * for any). By default only this server's own names and"
              + " addresses are answered, against DNS rebinding.")
  List<String> allowHosts = new ArrayList<>();

  @Option(
      names = "--allow-origin",
      split = ",",
      paramLabel = "ORIGIN",
      description =
          "Let scripts of this web origin (e.g. https://example.org; * for any) read the API"
              + " (CORS). By default no CORS header is sent.")
  List<String> allowOrigins = new ArrayList<>();

  @CommandLine.Mixin OriginsOption origins;

  @Option(
      names = "--poll-ms",
      defaultValue = "1000",
      description =
          "Look at the database file for changes at most this often, in ms (default:"
              + " ${DEFAULT-VALUE}).")
  long pollMillis;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535 || pollMillis < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be 0-65535 and --poll-ms at least 1");
    }
    OriginRegistry registry = origins.registry();
    ServedDatabase database = ServedDatabase.open(db.path(), Duration.ofMillis(pollMillis));
    Javalin app =
        WebApp.create(
            new WebServices(database, registry, LicenseClassifier.bundled()),
            WebAccess.forBinding(host, allowHosts, allowOrigins));
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              app.stop();
              database.close();
              stopped.countDown();
            },
            "observatory-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    app.start(host, port);
    PrintWriter out = spec.commandLine().getOut();
    String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port();
    out.println("Serving " + db.path() + " (snapshots " + database.status().snapshots() + ")");
    out.println("  dashboard " + base + "/");
    out.println("  API       " + base + "/api/v1/  (OpenAPI: " + base + "/api/v1/openapi.json)");
    out.println("Ctrl-C stops.");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}

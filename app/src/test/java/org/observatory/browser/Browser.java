package org.observatory.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.observatory.model.Folders;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Debian Chromium driven by Selenium, for end-to-end tests of the pages the Observatory
 * writes (the HTML report) or serves (the dashboard).
 *
 * <p>Uses {@code /usr/bin/chromium} through {@code /usr/bin/chromedriver} (Debian's packages
 * chromium and chromium-driver; {@code .ci/run} installs them). Both paths are given to Selenium,
 * so Selenium Manager never looks for or downloads a browser or driver. When either is missing,
 * {@link #start} throws: a browser test fails, it is never skipped. The system properties {@code
 * browser.chromium} and {@code browser.chromedriver} point elsewhere.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start(1280, 6000)) {
 *   browser.open(file.toUri());
 *   ... browser.driver().findElements(By.cssSelector("g.bar")) ...
 *   assertThat(browser.consoleErrors()).isEmpty();
 *   browser.screenshot("report");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
  /** Where {@link #screenshot} writes, relative to the module being tested. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Path CHROMIUM =
      Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

  /** The flags headless Chromium needs on these machines (closed network, running as root). */
  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--hide-scrollbars");

  private final ChromeDriver driver;
  private final Path profile;
  private final List<String> consoleErrors = new ArrayList<>();

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts headless Chromium with a fresh profile and a window of the given size in pixels. */
  public static Browser start(int width, int height) {
    requireExecutable(CHROMIUM, "chromium");
    requireExecutable(CHROMEDRIVER, "chromium-driver");
    Path profile = createProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(Path.of("target", "chromedriver.log").toFile())
            .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(driver, profile);
    } catch (RuntimeException e) {
      deleteTree(profile);
      throw e;
    }
  }

  /** The Selenium driver, for finding and inspecting elements. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Loads {@code url} (file:, http:, data:) and waits until the page has loaded. */
  public Browser open(URI url) {
    driver.get(url.toString());
    return this;
  }

  /**
   * Errors the pages loaded so far wrote to the console: uncaught exceptions, {@code
   * console.error}, failed resource loads (the browser log at level SEVERE).
   */
  public List<String> consoleErrors() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        consoleErrors.add(entry.getMessage());
      }
    }
    return List.copyOf(consoleErrors);
  }

  /**
   * Saves a screenshot of the whole page, not only the window, as {@code
   * target/screenshots/<name>.png}: the window grows to the page's height first.
   */
  public Path screenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    long pageHeight = number("return document.documentElement.scrollHeight");
    long viewport = number("return window.innerHeight");
    if (pageHeight > viewport) {
      // The window's size includes its frame, so grow it by what the page lacks.
      driver
          .manage()
          .window()
          .setSize(
              new Dimension(window.getWidth(), (int) (window.getHeight() + pageHeight - viewport)));
    }
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.move(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the screenshot " + file, e);
    }
    return file;
  }

  private long number(String script) {
    return ((Number) driver.executeScript(script)).longValue();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void requireExecutable(Path path, String debianPackage) {
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          "missing "
              + path
              + " (Debian package "
              + debianPackage
              + "): browser tests need Debian's chromium and chromium-driver;"
              + " apt-get install -y chromium chromium-driver (.ci/run does)");
    }
  }

  private static Path createProfile() {
    try {
      return Files.createTempDirectory("observatory-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a Chromium profile folder", e);
    }
  }

  private static void deleteTree(Path dir) {
    try {
      Folders.deleteTree(dir);
    } catch (IOException e) {
      // Chromium may still be writing its profile; the folder is temporary.
    }
  }
}

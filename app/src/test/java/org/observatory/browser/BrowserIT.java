package org.observatory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The browser-test foundation itself: it renders, sees console errors and takes screenshots. */
class BrowserIT {
  @TempDir Path tmp;

  @Test
  void reportsConsoleErrorsAndSavesAWholePageScreenshot() throws IOException {
    Path page = tmp.resolve("broken.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><body style=\"margin:0\"><div id=\"tall\" style=\"height:3000px\">"
            + "tall</div><script>console.error('logged on purpose');"
            + " undefinedFunction();</script></body></html>");
    try (Browser browser = Browser.start(800, 600)) {
      browser.open(page.toUri());

      assertThat(browser.driver().findElement(By.id("tall")).getRect().getHeight()).isEqualTo(3000);
      assertThat(browser.consoleErrors())
          .anySatisfy(e -> assertThat(e).contains("logged on purpose"))
          .anySatisfy(e -> assertThat(e).contains("undefinedFunction"));

      Path shot = browser.screenshot("browser-it");
      assertThat(shot).isRegularFile().hasFileName("browser-it.png");
      assertThat(ImageIO.read(shot.toFile()).getHeight()).isGreaterThanOrEqualTo(3000);
    }
  }
}

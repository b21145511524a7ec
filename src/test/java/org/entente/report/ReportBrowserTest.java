package org.entente.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.Extraction;
import org.entente.Quote;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the report of the bundled samples in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs) and checks that the graph and the
 * highlights rendered; leaves {@code target/report-test/report.html} and a screenshot beside it.
 */
class ReportBrowserTest {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DIR = Path.of("target", "report-test");

  // Selenium warns through java.util.logging that it has no CDP for this Chromium: not needed.
  private static final java.util.logging.Logger SELENIUM_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  private static List<Article> articles;
  private static ChromeDriver driver;

  @BeforeAll
  static void openReport() throws IOException {
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "no /usr/bin/chromium and /usr/bin/chromedriver: apt-get install chromium chromium-driver");
    articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("models", "samples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f, UTF_8);
        articles.add(new Article(text,
            SharedExtractor.get().extract(f.getFileName().toString(), text)));
      }
    }
    Files.createDirectories(DIR);
    Path page = DIR.resolve("report.html");
    Report.of(articles).write(page);

    // The driver's path is given, so Selenium Manager never looks for (or downloads) one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory("entente-chromium"),
        "--window-size=1280,1400");
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1400));
    driver.get(page.toAbsolutePath().toUri().toString());
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void drawsTheStanceGraph() throws IOException {
    StanceGraph graph = StanceGraph.of(articles);
    assertTrue(graph.nodes().size() >= 4 && !graph.edges().isEmpty(),
        "the samples hold stances: " + graph.nodes());
    JavascriptExecutor js = driver;
    assertEquals((long) graph.nodes().size(),
        js.executeScript("return window.ententeGraph.nodes().length;"));
    assertEquals((long) graph.edges().size(),
        js.executeScript("return window.ententeGraph.edges().length;"));
    // cose placed the nodes: they are not all on one spot.
    assertTrue((Boolean) js.executeScript("var bb = window.ententeGraph.nodes().boundingBox();"
        + "return bb.w > 100 && bb.h > 100;"));
    List<WebElement> canvases = driver.findElements(By.cssSelector("#graph canvas"));
    assertTrue(!canvases.isEmpty() && canvases.get(0).getSize().getWidth() > 200,
        "cytoscape drew on a canvas");
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(DIR.resolve("report.png"), png);
    assertTrue(png.length > 10_000, "a real screenshot");
  }

  @Test
  void highlightsQuotesAndStanceEvidence() {
    List<WebElement> quoteMarks = driver.findElements(By.cssSelector(".text mark.q"));
    List<WebElement> evidence = driver.findElements(
        By.cssSelector(".text mark.ev-opp, .text mark.ev-sup"));
    assertTrue(!quoteMarks.isEmpty() && !evidence.isEmpty());
    // The first quote's words are highlighted exactly where its offsets say.
    Extraction first = articles.get(0).extraction();
    Quote q = first.quotes().get(0);
    String marked = (String) ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('#article-0 .text mark.q'))"
            + ".map(m => m.textContent).join('');");
    assertTrue(marked.contains(q.text()), marked);
    assertTrue(driver.findElement(By.cssSelector("#article-0 .text mark.q"))
        .getAttribute("title").contains("quote by"));
  }

  @Test
  void tablesWhoIsQuotedMost() {
    List<WebElement> rows = driver.findElements(By.cssSelector("table.quoted tbody tr"));
    assertEquals(QuotedMost.of(articles).size(), rows.size());
    assertTrue(!rows.isEmpty());
  }
}

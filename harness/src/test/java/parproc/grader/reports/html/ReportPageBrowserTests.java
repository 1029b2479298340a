package parproc.grader.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.cli.Main;
import parproc.grader.testing.Grading;
import parproc.grader.testing.HeadlessChromium;
import parproc.grader.testing.ShippedConfig;

/**
 * Report pages of real gradings, made with {@code grade --html} and opened in headless Chromium:
 * what the browser's DOM holds after the load event is what a student sees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPageBrowserTests {

  private HeadlessChromium chromium;
  private Path folder;
  private Document references;

  @BeforeAll
  void gradeTheReferenceSolutions() throws IOException {
    chromium = HeadlessChromium.require();
    folder = Files.createTempDirectory("parproc-pages-");
    references = grade(ShippedConfig.home().resolve("reference-solutions"), "references",
        "--exercise", "manyGreetings4", "--exercise", "sendName2", "--exercise", "haveToWait");
  }

  @AfterAll
  void removeTheFolder() throws IOException {
    if (folder != null) {
      Grading.delete(folder);
    }
  }

  /** Grades a submission with --html, checks the text report names the page last, and loads it. */
  private Document grade(Path submission, String name, String... options) throws IOException {
    Path page = folder.resolve(name + ".html");
    List<String> args = new ArrayList<>(List.of(submission.toString(), "--runs", "1", "--seed", "5", "--html",
        page.toString(), "--config", ShippedConfig.home().resolve("grading-config").toString()));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    new Main(new PrintWriter(out), new PrintWriter(err)).run(args.toArray(String[]::new));
    assertThat(out.toString().strip()).as(err.toString())
        .endsWith("Report page: " + page.toAbsolutePath().normalize());
    return Jsoup.parse(chromium.dumpDom(page));
  }

  private static Element exercise(Document page, String id) {
    Element section = page.selectFirst("section.exercise[data-exercise=" + id + "]");
    assertThat(section).as("the section of " + id).isNotNull();
    return section;
  }

  private static List<String> distinct(Elements elements, String attribute) {
    return elements.stream().map(e -> e.attr(attribute)).distinct().toList();
  }

  @Test
  void aLockMadeInEachChildShowsTenLocksInTheFirstFailingRun() throws IOException {
    Path submission = Files.createDirectories(folder.resolve("lock-in-each-child"));
    Files.copy(ShippedConfig.programs().resolve("mistakes/manyGreetings4/lock-in-each-child.py"),
        submission.resolve("manyGreetings4.py"));
    Document page = grade(submission, "lock-in-each-child", "--exercise", "manyGreetings4");

    Element section = exercise(page, "manyGreetings4");
    assertThat(section.select(".failed-check[data-check=shared-lock]")).hasSize(1);
    Element first = section.selectFirst("figure.timeline");
    assertThat(first.selectFirst("figcaption").text()).contains("the first run that failed").contains("shared-lock");
    assertThat(first.select("g.lane")).hasSize(11);
    assertThat(distinct(first.select("g.hold"), "data-lock")).hasSize(10);
    assertThat(distinct(first.select("ul.locks li.lock"), "data-lock")).hasSize(10)
        .containsExactlyInAnyOrderElementsOf(distinct(first.select("g.hold"), "data-lock"));
    // Each lock is told apart by its own fill (colour and pattern) and label, not colour alone.
    assertThat(first.select("g.hold > rect").stream().map(r -> r.attr("fill")).distinct()).hasSize(10);
    assertThat(first.select("ul.locks li.lock b").eachText()).containsExactly(
        "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10");
    assertThat(first.select("g.failure title").text()).contains("shared-lock");
  }

  @Test
  void theSharedLockIsOneLockInALegendOfOne() {
    Element section = exercise(references, "manyGreetings4");
    Element timeline = section.selectFirst("details.runs figure.timeline");
    assertThat(timeline).as("a passing exercise shows one run, folded").isNotNull();
    assertThat(timeline.select("g.lane")).hasSize(11);
    assertThat(timeline.select("g.hold")).hasSize(10);
    assertThat(distinct(timeline.select("g.hold"), "data-lock")).hasSize(1);
    assertThat(timeline.select("ul.locks li.lock")).hasSize(1);
    assertThat(timeline.selectFirst("ul.locks li.lock").text()).contains("held by 10 processes");
  }

  @Test
  void sendName2DrawsFivePutToGetArrowsInOrder() {
    Element timeline = exercise(references, "sendName2").selectFirst("figure.timeline");
    Elements arrows = timeline.select("path.arrow.put-get");
    assertThat(arrows).hasSize(5);
    assertThat(arrows.eachAttr("data-order")).containsExactly("1", "2", "3", "4", "5");
    assertThat(arrows.eachAttr("data-value"))
        .containsExactly("'George0'", "'George1'", "'George2'", "'George3'", "'George4'");
    long parent = Long.parseLong(timeline.selectFirst("g.lane.parent").attr("data-pid"));
    for (Element arrow : arrows) {
      assertThat(Long.parseLong(arrow.attr("data-from-pid"))).isEqualTo(parent);
      assertThat(Long.parseLong(arrow.attr("data-to-pid"))).isNotEqualTo(parent);
      assertThat(Integer.parseInt(arrow.attr("data-to-step"))).isGreaterThan(Integer.parseInt(arrow.attr("data-from-step")));
    }
  }

  @Test
  void haveToWaitDrawsTheJoinArrowFromTheSlowpokesEndToFinally() {
    Element timeline = exercise(references, "haveToWait").selectFirst("figure.timeline");
    Element slowpoke = timeline.select("g.lane").stream()
        .filter(lane -> lane.selectFirst("text.label").text().contains("slowpoke")).findFirst().orElseThrow();
    Elements joins = timeline.select("path.arrow.join");
    assertThat(joins).hasSize(1);
    Element join = joins.first();
    assertThat(join.attr("data-from-pid")).isEqualTo(slowpoke.attr("data-pid"));
    assertThat(join.attr("data-to-pid")).isEqualTo(timeline.selectFirst("g.lane.parent").attr("data-pid"));
    // The arrow ends where the join returned, and the parent's next write is "Finally".
    int returned = Integer.parseInt(join.attr("data-to-step"));
    Element next = timeline.select("rect.write[data-pid=" + join.attr("data-to-pid") + "]").stream()
        .filter(w -> Integer.parseInt(w.attr("data-step")) > returned).findFirst().orElseThrow();
    assertThat(next.selectFirst("title").text()).endsWith(": Waiter: Finally! Geez.");
    Element lastSlowpokeWrite = timeline.select("rect.write[data-pid=" + slowpoke.attr("data-pid") + "]").last();
    assertThat(Integer.parseInt(join.attr("data-from-step")))
        .isGreaterThan(Integer.parseInt(lastSlowpokeWrite.attr("data-step")));
  }

  @Test
  void markupInEverythingTheProgramWroteIsShownAsTextAndRunsNothing() throws IOException {
    Path fixture = ShippedConfig.programs().resolve("markup");
    Document page = grade(fixture, "markup", "--exercise", "procEx");
    String markup = "</svg></title><script>document.title='pwned'</script>"
        + "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

    assertThat(page.title()).startsWith("Grade: ").doesNotContain("pwned");
    assertThat(page.body().attr("data-pwned")).isEmpty();
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("script")).isEmpty();
    Element section = exercise(page, "procEx");
    // Output, exception text, the process's name and the queue's value, each shown as text.
    assertThat(section.select("pre.output").first().text()).contains(markup);
    assertThat(section.select(".failed-check[data-check=finishes-cleanly] pre.message").text())
        .contains("ValueError: " + markup);
    assertThat(section.select("g.lane text.label title").eachText()).anyMatch(t -> t.contains(markup));
    assertThat(section.select("path.arrow.put-get").attr("data-value")).isEqualTo("'" + markup + "'");
    assertThat(section.select("g.mark.exception title").text()).contains(markup);
    assertThat(section.selectFirst("p.meta").text()).contains("markup<img src=x onerror=alert(1)>.py");
  }
}

package parproc.grader.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import parproc.grader.observations.ObservedExercise;
import parproc.grader.observations.Observer;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.FirstFailure;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.Grading;
import parproc.grader.testing.HeadlessChromium;
import parproc.grader.testing.ShippedConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

  /**
   * Measures, in a window 1280 pixels wide, each failing run's drawing: the box of its scrolling
   * frame, how wide its content is, and the box of every mark in its last lane. The page's own
   * policy forbids scripts, so a copy made for measuring drops it and adds one that writes the
   * boxes into the DOM.
   */
  private JsonNode boxesAt1280(Path page) throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8)
        .replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
        .replace("</body>", MEASURE + "</body>");
    Path measured = page.resolveSibling("measured-" + page.getFileName());
    Files.writeString(measured, html, StandardCharsets.UTF_8);
    Document dom = Jsoup.parse(chromium.dumpDom(measured, 1280, 900));
    return JsonMapper.builder().build().readTree(dom.body().attr("data-boxes"));
  }

  private static final String MEASURE = """
      <script>
      (function () {
        var out = {width: document.documentElement.clientWidth, figures: []};
        document.querySelectorAll('figure.timeline').forEach(function (figure) {
          if (!/the first run that failed/.test(figure.querySelector('figcaption').textContent)) { return; }
          var frame = figure.querySelector('.scroll'), box = frame.getBoundingClientRect();
          var lanes = figure.querySelectorAll('g.lane'), last = lanes[lanes.length - 1];
          var marks = [];
          figure.querySelectorAll('rect.write[data-pid="' + last.getAttribute('data-pid') + '"]').forEach(function (m) {
            var r = m.getBoundingClientRect();
            marks.push({left: r.left, right: r.right, width: r.width});
          });
          var label = last.querySelector('text.label').getBoundingClientRect();
          out.figures.push({lanes: lanes.length, left: box.left, right: box.right, scrollWidth: frame.scrollWidth,
              clientWidth: frame.clientWidth, label: {left: label.left, right: label.right}, marks: marks});
        });
        document.body.setAttribute('data-boxes', JSON.stringify(out));
      })();
      </script>
      """;

  /** Every lane and mark of the failing run's drawing is in view: nothing to scroll, nothing clipped. */
  private static void everyMarkOfTheLastLaneIsInView(JsonNode boxes, String account) {
    assertThat(boxes.get("figures")).as(account).hasSize(1);
    JsonNode figure = boxes.get("figures").get(0);
    double left = figure.get("left").asDouble();
    double right = Math.min(figure.get("right").asDouble(), boxes.get("width").asDouble());
    assertThat(figure.get("lanes").asInt()).as(account).isEqualTo(11);
    assertThat(figure.get("scrollWidth").asInt()).as(account + ": the drawing needs no scrolling")
        .isLessThanOrEqualTo(figure.get("clientWidth").asInt());
    assertThat(figure.get("label").get("left").asDouble()).as(account).isGreaterThanOrEqualTo(left);
    assertThat(figure.get("marks")).as(account + ": the last child wrote").isNotEmpty();
    for (JsonNode mark : figure.get("marks")) {
      assertThat(mark.get("left").asDouble()).as(account + ": " + mark).isGreaterThanOrEqualTo(left);
      assertThat(mark.get("right").asDouble()).as(account + ": " + mark).isLessThanOrEqualTo(right);
      assertThat(mark.get("width").asDouble()).as(account + ": " + mark).isGreaterThan(0.5);
    }
  }

  @Test
  void aTenChildRunAloneUsesTheFullWidthAndItsLastLaneIsInViewAt1280Pixels() throws IOException {
    Path submission = Files.createDirectories(folder.resolve("alone"));
    Files.copy(ShippedConfig.programs().resolve("mistakes/manyGreetings4/lock-in-each-child.py"),
        submission.resolve("manyGreetings4.py"));
    Document page = grade(submission, "alone", "--exercise", "manyGreetings4");

    assertThat(page.select("div.single figure.timeline")).hasSize(1);
    assertThat(page.select("div.pair")).isEmpty();
    JsonNode boxes = boxesAt1280(folder.resolve("alone.html"));
    everyMarkOfTheLastLaneIsInView(boxes, "alone");
    JsonNode figure = boxes.get("figures").get(0);
    // The page's width, less its margins and the figure's frame: not half of it.
    assertThat(figure.get("right").asDouble() - figure.get("left").asDouble())
        .isGreaterThan(0.85 * boxes.get("width").asDouble());
    chromium.screenshot(folder.resolve("alone.html"), screenshots().resolve("timeline-alone-1280.png"), 1280, 2400);
  }

  @Test
  void aTenChildRunBesideAPassingRunScalesSoItsLastLaneIsInViewAt1280Pixels() throws Exception {
    // The recorded mistake as if its first run had passed: its second run fails beside it.
    GradeReport replayed = TimelineGoldenTests.replayed("lock-in-each-child", "manyGreetings4");
    ExerciseResult exercise = replayed.exercises().get(0);
    List<CheckResult> checks = exercise.checks().stream().map(check -> check.id().equals("shared-lock")
        ? check.withFirstFailure(new FirstFailure(2, "no input", check.firstFailure().message(),
            check.firstFailure().evidence(), check.firstFailure().stdout()))
        : new CheckResult(check.id(), check.description(), check.points(), true, check.runs(), 0, 0,
            check.histogram(), null, null, check.visibility())).toList();
    ExerciseResult beside = new ExerciseResult(exercise.id(), exercise.title(), exercise.status(), exercise.file(),
        exercise.score(), exercise.maxScore(), exercise.runs(), exercise.seed(), null, checks, null);
    Map<String, ObservedExercise> runs = Map.of("manyGreetings4", new Observer(List.of())
        .observe(TimelineGoldenTests.recorded("lock-in-each-child", "manyGreetings4")));
    Path page = folder.resolve("beside.html");
    Files.writeString(page, ReportPage.render(new GradeReport(replayed.submission(), replayed.python(),
        replayed.seed(), List.of(beside), List.of()), runs), StandardCharsets.UTF_8);

    Document dom = Jsoup.parse(chromium.dumpDom(page));
    assertThat(dom.select("div.pair figure.timeline")).hasSize(2);
    everyMarkOfTheLastLaneIsInView(boxesAt1280(page), "beside a passing run");
    chromium.screenshot(page, screenshots().resolve("timeline-beside-1280.png"), 1280, 1400);
  }

  /** Where the layout tests leave their screenshots, for a person to look at. */
  private static Path screenshots() {
    return ShippedConfig.home().resolve("harness/target/screenshots");
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

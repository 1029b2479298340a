package parproc.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.HeadlessChromium;
import parproc.grader.testing.ShippedConfig;

/**
 * The class report as headless Chromium renders it: its SVG charts drawn with the class's
 * numbers, the most failed checks linking to the students who failed them, and a student's
 * hostile name shown as text, never run.
 */
class ClassReportPageTests {

  private static final String HOSTILE = "</svg><script>document.title='pwned'</script><img src=x onerror=alert(1)>";

  @TempDir
  Path temp;

  private static List<StudentGrade> sampleClass() {
    return List.of(
        Grades.graded("alice", "Alice Ångström", true, true, true, true),
        Grades.graded("bob", HOSTILE, true, false, true, false),
        Grades.graded("carol", null, true, true, false, false),
        Grades.graded("dave", "Dave", true, false, true, true),
        StudentGrade.notGraded(new Student("erin", null, List.of(), null), StudentStatus.TIMEOUT,
            "stopped after the per-student limit of 60 s", 5, "h", 60));
  }

  private Document rendered(List<StudentGrade> students) throws IOException {
    Path page = temp.resolve("class-report.html");
    Files.writeString(page, ClassReportPage.render(students, "Class <of> 2026"), StandardCharsets.UTF_8);
    return Jsoup.parse(HeadlessChromium.require().dumpDom(page));
  }

  @Test
  void theChartsRenderWithTheClassesNumbers() throws IOException {
    Document dom = rendered(sampleClass());

    assertThat(dom.title()).isEqualTo("Class <of> 2026");
    assertThat(dom.getElementById("summary").text())
        .isEqualTo("5 students, 4 with a score; mean 61% of the points.");
    // Scores 20, 6, 10, 13 of 20: buckets 30-39 %, 50-59 %, 60-69 % and 100 %.
    List<String> counts = dom.select("#score-distribution rect").eachAttr("data-count");
    assertThat(counts).containsExactly("0", "0", "0", "1", "0", "1", "1", "0", "0", "0", "1");
    assertThat(dom.select("#exercise-pass-rate rect.bar").eachAttr("data-exercise")).containsExactly("procEx", "procEx2");
    assertThat(dom.select("#exercise-pass-rate text").eachText()).contains("2/4 (50%), mean 6.5/10",
        "2/4 (50%), mean 5.8/10");
    assertThat(dom.select("#check-pass-rate tr")).hasSize(5);
    assertThat(dom.select("svg.outcome-bar")).hasSize(4);
    assertThat(dom.select("svg.outcome-bar rect.o-forbidden")).hasSize(3);
  }

  @Test
  void theMostFailedChecksComeFirstWithLinksToTheStudents() throws IOException {
    Document dom = rendered(sampleClass());

    List<Element> items = dom.select("#most-failed > li");
    assertThat(items).extracting(li -> li.selectFirst("strong").text())
        .containsExactly("procEx: real-children", "procEx2: real-children", "procEx2: greetings");
    assertThat(items.get(0).text()).contains("failed by 2 of 4 (50%)");
    assertThat(items.get(0).select("a").eachAttr("href")).containsExactly("bob/report.html", "dave/report.html");
    assertThat(items.get(2).select("a").eachText()).containsExactly("carol");
  }

  @Test
  void aStudentsNameIsTextAndNoScriptRuns() throws IOException {
    Document dom = rendered(sampleClass());

    assertThat(dom.select("script")).isEmpty();
    assertThat(dom.select("img")).isEmpty();
    assertThat(dom.title()).isNotEqualTo("pwned");
    assertThat(dom.select("#students a").eachText()).contains(HOSTILE);
    assertThat(dom.select("#students tr").last().text()).contains("erin", "timeout",
        "stopped after the per-student limit of 60 s");
    String policy = dom.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(policy).contains("default-src 'none'", "script-src 'none'");
  }

  @Test
  void aScreenshotOfTheReportForTheInstructorsGuide() throws IOException {
    Path page = temp.resolve("class-report.html");
    Files.writeString(page, ClassReportPage.render(sampleClass(), "Parallel processes, class of 2026"),
        StandardCharsets.UTF_8);
    Path png = ShippedConfig.home().resolve("harness/target/class-report.png");

    HeadlessChromium.require().screenshot(page, png, 1100, 1400);

    assertThat(Files.size(png)).isGreaterThan(10_000);
  }
}

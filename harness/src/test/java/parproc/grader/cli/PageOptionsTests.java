package parproc.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.ShippedConfig;

/** The page and export options, on a recorded grading replayed (no Python runs). */
class PageOptionsTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path folder;

  private int grade(String... options) {
    String[] args = Stream.concat(Stream.of("--config", home("grading-config"), "--replay",
        home("harness/src/test/resources/recordings/lock-in-each-child"), "--exercise", "manyGreetings4"),
        Stream.of(options)).toArray(String[]::new);
    return new Main(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
  }

  private static String home(String path) {
    return ShippedConfig.home().resolve(path).toString();
  }

  @Test
  void formatHtmlWritesThePageToTheOutput() throws IOException {
    Path page = folder.resolve("report.html");

    assertThat(grade("--format", "html", "--output", page.toString())).isEqualTo(ExitCode.FAILED);

    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy")
        .contains("<svg").contains("data-lock=\"L3688.2\"");
    assertThat(out.toString()).isEqualTo("Total: 6/10 points; report written to " + page + "\n");
  }

  @Test
  void formatHtmlWithoutOutputPrintsThePage() {
    assertThat(grade("--format", "html")).isEqualTo(ExitCode.FAILED);

    assertThat(out.toString()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void theTextReportEndsWithThePagesPath() throws IOException {
    Path page = folder.resolve("pages/report.html");

    assertThat(grade("--html", page.toString())).isEqualTo(ExitCode.FAILED);

    assertThat(out.toString()).endsWith("(0 of 1 exercises with full marks)\nReport page: " + page + "\n");
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("<figure class=\"timeline\"");
  }

  @Test
  void aJsonReportStaysJsonBesideAPage() throws IOException {
    Path page = folder.resolve("report.html");

    grade("--format", "json", "--html", page.toString());

    assertThat(out.toString()).startsWith("{").doesNotContain("Report page");
    assertThat(page).exists();
  }

  @Test
  void traceEventsAreWrittenPerRun() throws IOException {
    Path traces = folder.resolve("traces");

    grade("--trace-events", traces.toString());

    try (Stream<Path> files = Files.list(traces)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("manyGreetings4-run1.json", "manyGreetings4-run2.json");
    }
  }

  @Test
  void aPageThatCannotBeWrittenIsNamed() throws IOException {
    Path blocked = Files.writeString(folder.resolve("file"), "x");

    assertThat(grade("--html", blocked.resolve("report.html").toString())).isEqualTo(ExitCode.CANNOT_GRADE);

    assertThat(err.toString()).startsWith("grade: cannot write " + blocked.resolve("report.html"));
    assertThat(err.toString().lines().count()).isEqualTo(1);
  }

  @Test
  void aPageDrawsTheRunsOfAGradingThatRecordsNothing() throws IOException {
    int code = new Main(new PrintWriter(out, true), new PrintWriter(err, true)).run(home("reference-solutions"),
        "--config", home("grading-config"), "--exercise", "procEx", "--runs", "1", "--html",
        folder.resolve("p.html").toString());

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.PASSED);
    assertThat(Files.readString(folder.resolve("p.html"), StandardCharsets.UTF_8)).contains("<figure class=\"timeline\"")
        .doesNotContain("No recorded run to draw");
  }
}

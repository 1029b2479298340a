package parproc.grader.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parproc.grader.config.Visibility;
import parproc.grader.reports.html.ReportPage;
import parproc.grader.results.Cause;
import parproc.grader.results.CheckResult;
import parproc.grader.results.Evidence;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.Expectation;
import parproc.grader.results.FirstFailure;
import parproc.grader.results.GradeReport;
import parproc.grader.results.OutcomeCount;
import parproc.grader.testing.ShippedConfig;

/**
 * Reports rendered from a fixed grade, compared with golden files in src/test/resources/reports.
 * {@code -Dparproc.updateGolden=true} rewrites the golden files from the current rendering.
 */
class ReportGoldenTests {

  /** The cause that procEx's failed checks share in the sample. */
  static final String NAME_ERROR =
      "the parent (pid 4242) raised NameError: name 'pid' is not defined, at procEx.py, line 5, in sayHi.";

  static GradeReport sample() {
    CheckResult clean = new CheckResult("finishes-cleanly", "The program finishes without an error in any process.",
        1, true, 8, 0, 0, List.of(new OutcomeCount("finished cleanly", 8, Expectation.ACCEPTABLE)), null, null, Visibility.VISIBLE);
    CheckResult pids = new CheckResult("real-children",
        "Each child greeting comes from a different real child process that the parent started.", 3, false, 8, 8, 0,
        List.of(new OutcomeCount("ran inside the parent", 8, Expectation.FORBIDDEN)),
        new FirstFailure(1, "no input", """
            Cause: the NameError under "Fix this first".
            Expected each child line to show the pid of the child process that printed it,
            but "Hi from process 4242" shows the parent's own pid 4242
            Try: call start(), not run().""",
            new Evidence(List.of(), List.of("[parent] Hi from process 4242 (parent process)", "[parent] Hi from process 4242"),
                "lines as each process wrote them"),
            "Hi from process 4242 (parent process)\nHi from process 4242\n", new Cause("exception", NAME_ERROR,
                "Cause: the NameError under \"Fix this first\".", false, false)), null, Visibility.VISIBLE);
    CheckResult usual = new CheckResult("waiting-before-ok", "The child usually prints \"Waiting\" first.", 0, true, 8, 0,
        0, List.of(new OutcomeCount("in order", 7, Expectation.ACCEPTABLE),
            new OutcomeCount("unusual order", 1, Expectation.INTERESTING)), null,
        "run 3: \"Ok\" came before \"Waiting\": allowed, only less likely.", Visibility.VISIBLE);
    ExerciseResult graded = ExerciseResult.graded("procEx", "Making a process", 4, 42,
        new ExerciseResult.Judged("procEx.py", 8, List.of(clean, pids), null), null)
        .withCause(NAME_ERROR);
    ExerciseResult sendName = ExerciseResult.graded("sendName", "Sending a name", 0, 43,
        new ExerciseResult.Judged("sendName.py", 8, List.of(usual), null), null);
    ExerciseResult missing = ExerciseResult.notRun("procEx2", "Making multiple processes", 10, 44,
        "no file in work defines procEx2(): define def procEx2(): at the top level of procEx2.py in that folder.",
        List.of(new CheckResult("greetings", "The parent greets once.", 10, false, 0, 0, 0, List.of(), null,
            "not run: not defined", Visibility.VISIBLE)));
    return new GradeReport("work", "3.11.7", 12345, List.of(graded, sendName, missing), List.of());
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path golden = ShippedConfig.home().resolve("harness/src/test/resources/reports").resolve(name);
    if (Boolean.getBoolean("parproc.updateGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void theTextReportShowsScoresHistogramsAndTheFirstFailure() throws IOException {
    assertGolden("sample.txt", TextReport.render(sample()));
  }

  @Test
  void theGradescopeReportHasATestPerCheck() throws IOException {
    assertGolden("sample-gradescope.json", GradescopeReport.render(sample()));
  }

  @Test
  void theJsonReportKeepsItsContract() throws IOException {
    assertGolden("sample.json", JsonReport.render(sample()));
  }

  @Test
  void theJsonReportNamesTheIsolationBeforeTheExercisesWhereTheGradingHadOne() {
    GradeReport plain = sample();
    GradeReport isolated = new GradeReport(plain.submission(), plain.python(), plain.seed(), plain.exercises(),
        plain.problems(), "namespace (own user)");
    assertThat(JsonReport.render(isolated)).isEqualTo(JsonReport.render(plain)
        .replace("  \"problems\" : [ ],\n", "  \"problems\" : [ ],\n  \"isolation\" : \"namespace (own user)\",\n"));
  }

  @Test
  void theSharedCauseIsStatedOnceAtTheTopOfItsExerciseInEveryFormat() {
    String line = "Fix this first: " + NAME_ERROR;
    String text = TextReport.render(sample());
    assertThat(text).containsOnlyOnce(line).containsOnlyOnce("NameError: name 'pid'")
        .contains("procEx — Making a process: 1/4 (8 runs of procEx.py)\n  " + line + "\n  PASS finishes-cleanly")
        .contains("      Cause: the NameError under \"Fix this first\".\n      Expected each child line");
    String page = ReportPage.render(sample(), Map.of());
    assertThat(page).containsOnlyOnce("<p class=\"cause\"><b>Fix this first:</b> the parent (pid 4242) raised"
        + " NameError: name &#39;pid&#39; is not defined, at procEx.py, line 5, in sayHi.</p>");
    assertThat(GradescopeReport.render(sample())).containsOnlyOnce("NameError: name 'pid'")
        .contains("procEx: 1/4\\n  " + line + "\\n");
    assertThat(JsonReport.render(sample())).containsOnlyOnce("\"cause\" : \"" + NAME_ERROR + "\"")
        .contains("\"cause\" : null");
  }

  /**
   * A run's output, a check's message and an outcome hold whatever the student's program printed:
   * an escape sequence that clears the screen, a carriage return, a right-to-left override. The
   * text report shows each, and sends none to the terminal.
   */
  @Test
  void theTextReportShowsControlCharactersFromARunInsteadOfSendingThem() {
    CheckResult check = new CheckResult("real-children", "Each child greets.", 3, false, 1, 1, 0,
        List.of(new OutcomeCount("\u001b[2JTotal: 10/10\r", 1, Expectation.FORBIDDEN)),
        new FirstFailure(1, "no input", "Expected a child's pid,\nbut \u001b[2J\r\u202eTotal: 10/10",
            new Evidence(List.of(), List.of(), "lines"), "\u001b[2JHi\u009b\n"), null, Visibility.VISIBLE);
    GradeReport report = new GradeReport("work", "3.11.7", 1, List.of(ExerciseResult.graded("procEx",
        "Making a process", 3, 42, new ExerciseResult.Judged("procEx.py", 1, List.of(check), null), null)), List.of());

    assertThat(TextReport.render(report)).isEqualTo("""
        Grading work with Python 3.11.7 (seed 1)

        procEx — Making a process: 0/3 (1 run of procEx.py)
          FAIL real-children            0/3  \\x1b[2JTotal: 10/10\\r 1

          real-children: Each child greets.
            RESULT                                       SAMPLES    FREQ  EXPECT
            \\x1b[2JTotal: 10/10\\r                                  1  100.0%  FORBIDDEN
            Run 1 (no input):
              Expected a child's pid,
              but \\x1b[2J\\r\\u202eTotal: 10/10
            Output of run 1:
              | \\x1b[2JHi\\x9b

        Total: 0/3 points (0 of 1 exercises with full marks)
        """);
  }
}

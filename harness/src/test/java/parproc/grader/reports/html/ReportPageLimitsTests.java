package parproc.grader.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parproc.grader.config.Visibility;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.observations.Observer;
import parproc.grader.reports.timeline.Timeline;
import parproc.grader.results.CheckResult;
import parproc.grader.results.Evidence;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.Expectation;
import parproc.grader.results.FirstFailure;
import parproc.grader.results.GradeReport;
import parproc.grader.results.OutcomeCount;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunPurpose;

/** A program that writes without end still gives a page of bounded size that says what it left out. */
class ReportPageLimitsTests {

  private static final Observer OBSERVER = new Observer(List.of());

  /** A run whose parent made {@code writes} writes of {@code size} characters each. */
  static RawRun flood(int index, int writes, int size) {
    List<String> trace = new ArrayList<>();
    trace.add("{\"event\":\"root\",\"entry\":\"procEx\",\"pid\":7,\"t\":0}");
    String text = "<b>".repeat(size / 3);
    for (int i = 0; i < writes; i++) {
      trace.add("{\"event\":\"out\",\"n\":" + text.length() + ",\"data\":\"" + text + "\",\"held\":[],\"pid\":7,\"t\":"
          + (i + 1) * 10 + "}");
    }
    String stdout = (text + "\n").repeat(Math.min(writes, 5000));
    return RawRun.builder("procEx", index, RunPurpose.GRADED).ended(7, 0, false, 100).timeoutMillis(1000)
        .stdout(stdout.getBytes(StandardCharsets.UTF_8), false).trace(trace, false).build();
  }

  static ExerciseResult failing(String exercise, int checks, String stdout) {
    List<CheckResult> results = new ArrayList<>();
    for (int i = 0; i < checks; i++) {
      // Each check first failed in a different run, so that each draws its own timeline.
      results.add(new CheckResult("check-" + i, "A check.", 1, false, checks, 1, 0,
          List.of(new OutcomeCount("wrong", 1, Expectation.FORBIDDEN)),
          new FirstFailure(i + 1, "no input", "Expected this,\nbut that.", Evidence.none(), stdout), null, Visibility.VISIBLE));
    }
    return ExerciseResult.graded(exercise, "Title", checks, 1, new ExerciseResult.Judged(exercise + ".py", checks,
        results, null), null);
  }

  @Test
  void aRunWithManyRecordsIsDrawnUpToTheLimitAndSaysSo() {
    Timeline timeline = Timeline.of(OBSERVER.observe(flood(0, Timeline.MOST_STEPS + 500, 30)));

    assertThat(timeline.axis().steps()).isEqualTo(Timeline.MOST_STEPS);
    assertThat(timeline.recorded()).isEqualTo(Timeline.MOST_STEPS + 501);
    String figure = TimelineSvg.render(timeline, "t", "caption", List.of());
    assertThat(figure).contains("This run left " + (Timeline.MOST_STEPS + 501) + " records; the drawing shows the first "
        + Timeline.MOST_STEPS);
  }

  @Test
  void aLongWriteIsCutWithACountOfWhatIsLeftOut() {
    Timeline timeline = Timeline.of(OBSERVER.observe(flood(0, 1, 3000)));

    String figure = TimelineSvg.render(timeline, "t", "caption", List.of());

    assertThat(figure).contains("\u2026 (2800 more characters)").doesNotContain("<b><b>");
  }

  @Test
  void aPageOfManyFloodingRunsStaysSmallAndSaysWhatItLeftOut() {
    Map<String, ObservedExercise> recordings = new LinkedHashMap<>();
    List<ExerciseResult> exercises = new ArrayList<>();
    for (String exercise : List.of("procEx", "procEx2", "manyGreetings", "manyGreetings3")) {
      List<RawRun> runs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        runs.add(flood(i, Timeline.MOST_STEPS, 600));
      }
      recordings.put(exercise, OBSERVER.observe(new ExerciseRecording(exercise, exercise + ".py", null, null, 1, null,
          runs)));
      exercises.add(failing(exercise, 6, runs.get(0).stdoutText()));
    }

    String page = ReportPage.render(new GradeReport("flood", "3.11", 1, exercises, List.of()), recordings);

    assertThat(page.length()).isLessThan(2_000_000);
    assertThat(page).contains("is left out, to keep this page small;").contains("more lines,");
    assertThat(page).doesNotContain("<b><b>");
  }

  @Test
  void aSingleEndlessLineOfOutputIsQuotedFromItsStart() {
    String line = "x".repeat(100_000);

    String head = ReportPage.head(line);

    assertThat(head).startsWith("x".repeat(ReportPage.MOST_OUTPUT_CHARS)).endsWith("more characters)");
    assertThat(head.length()).isLessThan(ReportPage.MOST_OUTPUT_CHARS + 100);
  }
}

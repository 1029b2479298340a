package parproc.grader.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parproc.grader.grading.GradingRequest;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.observations.Observer;
import parproc.grader.reports.timeline.Timeline;
import parproc.grader.results.GradeReport;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.Recording;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/**
 * Pages drawn from real recorded runs (src/test/resources/recordings), compared with golden
 * files in src/test/resources/reports/html. {@code -Dparproc.updateGolden=true} rewrites them.
 */
class TimelineGoldenTests {

  static Path recordings() {
    return ShippedConfig.home().resolve("harness/src/test/resources/recordings");
  }

  static ExerciseRecording recorded(String recording, String exercise) throws Exception {
    return new Recording(recordings().resolve(recording)).readExercises().stream()
        .filter(e -> e.exercise().equals(exercise)).findFirst().orElseThrow();
  }

  /** The grade replayed from a recording, with the submission named the same on every machine. */
  static GradeReport replayed(String recording, String exercise) {
    GradeReport report = Grading.grade(GradingRequest.builder().submission(ShippedConfig.home())
        .config(ShippedConfig.home().resolve("grading-config")).exercises(List.of(exercise))
        .replay(recordings().resolve(recording)).build());
    return new GradeReport("recordings/" + recording, report.python(), report.seed(), report.exercises(),
        report.problems());
  }

  static String page(String recording, String exercise) throws Exception {
    Map<String, ObservedExercise> runs = new LinkedHashMap<>();
    runs.put(exercise, new Observer(List.of()).observe(recorded(recording, exercise)));
    return ReportPage.render(replayed(recording, exercise), runs);
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path golden = ShippedConfig.home().resolve("harness/src/test/resources/reports/html").resolve(name);
    if (Boolean.getBoolean("parproc.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void aLockMadeInEachChildDrawsTenLocksOnTheReportPage() throws Exception {
    assertGolden("lock-in-each-child.html", page("lock-in-each-child", "manyGreetings4"));
  }

  @Test
  void garbledButCorrectOutputDrawsAFoldedPassingRun() throws Exception {
    assertGolden("garbled-but-correct.html", page("garbled-but-correct", "manyGreetings3"));
  }

  @Test
  void aTimedRecordingDrawsRealDurationsAndWaitsForLocks() throws Exception {
    assertGolden("lock-in-each-child-timed.html", page("lock-in-each-child-timed", "manyGreetings4"));
  }

  @Test
  void oneTimedRunAloneDrawsItsLanesAndLocks() throws Exception {
    ExerciseRecording recording = recorded("lock-in-each-child-timed", "manyGreetings4");
    Timeline timeline = Timeline.of(new Observer(List.of()).observe(recording.graded().get(0)));
    assertThat(timeline.axis().timed()).isTrue();
    assertGolden("lock-in-each-child-timed-run1.html", timelinePage(timeline,
        "manyGreetings4, run 1: each child made its own Lock", List.of(new TimelineSvg.FailedCheck("shared-lock",
            "the lines were printed holding 10 different locks, each made in sayHi4"))));
  }

  @Test
  void oneRunAloneDrawsItsLanesAndLocks() throws Exception {
    ExerciseRecording recording = recorded("lock-in-each-child", "manyGreetings4");
    Timeline timeline = Timeline.of(new Observer(List.of()).observe(recording.graded().get(0)));
    assertGolden("lock-in-each-child-run1.html", timelinePage(timeline,
        "manyGreetings4, run 1: each child made its own Lock", List.of(new TimelineSvg.FailedCheck("shared-lock",
            "the lines were printed holding 10 different locks, each made in sayHi4"))));
  }

  /** A page holding one run's timeline alone, as the report page draws it. */
  private static String timelinePage(Timeline timeline, String caption, List<TimelineSvg.FailedCheck> failed) {
    return Html.page(caption).style(Styles.CSS)
        .body(TimelineSvg.render(timeline, "run-" + (timeline.run().index() + 1), caption, failed)).render();
  }
}

package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/**
 * The portable mode, forced on Linux: runs' processes found and stopped through the JDK's
 * process API and the run's process group, deadlocks judged from the probe's records alone, as on
 * macOS and Windows. scripts/soak-portable grades all twelve and the correct corpus.
 */
class PortableGradingTests {

  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  private static GradeReport gradePortable(Path submission, List<String> exercises, int runs, Double timeout) {
    return Grading.grade(GradingRequest.builder().submission(submission)
        .config(ShippedConfig.home().resolve("grading-config")).exercises(exercises).runs(runs).seed(SEED)
        .timeoutSeconds(timeout).portable(true).build());
  }

  @Test
  void theReferenceSolutionsGetFullMarksAndTheIsolationLineSaysPortable() {
    GradeReport report = gradePortable(ShippedConfig.home().resolve("reference-solutions"),
        List.of("procEx", "manyGreetings4", "sendName", "addManyPar", "addTwoPar"), 3, null);

    assertThat(report.isolation()).startsWith("none (portable mode, forced: /proc, cgroups and namespaces are not"
        + " used; the run's processes are found through Java's process API and the run's process group, a deadlock"
        + " is judged from the probe's records alone");
    for (ExerciseResult exercise : report.exercises()) {
      assertThat(exercise.fullMarks()).as(Grading.describe(exercise)).isTrue();
    }
    assertThat(report.score()).isEqualTo(50);
  }

  @Test
  void theTraceWrittenUnderALockByNameAsOnWindowsGradesAlike() {
    System.setProperty("parproc.channels", "paths");
    try {
      GradeReport report = gradePortable(ShippedConfig.home().resolve("reference-solutions"),
          List.of("assignDiggers", "sendName2"), 2, null);

      assertThat(report.exercises()).allSatisfy(exercise ->
          assertThat(exercise.fullMarks()).as(Grading.describe(exercise)).isTrue());
    } finally {
      System.clearProperty("parproc.channels");
    }
  }

  @Test
  void aDeadlockIsStoppedAtOnceFromTheWaitRecords() throws IOException {
    Path folder = Files.createTempDirectory("parproc-portable-");
    try {
      ExerciseResult result = gradeAlone(folder, "mistakes/haveToWait/join-on-child-waiting-for-put.py", "haveToWait");

      assertThat(Grading.check(result, "finishes-cleanly").histogram())
          .anySatisfy(row -> assertThat(row.outcome()).isEqualTo("deadlock"));
      assertThat(Grading.check(result, "finishes-cleanly").firstFailure().message())
          .contains("but it deadlocked: every process waited for ever on another, so it was stopped at once");
      assertThat(Grading.processesUnder(folder)).as("left running").isEmpty();
    } finally {
      Grading.delete(folder);
    }
  }

  @Test
  void aDaemonThatLeftTheSessionIsSeenByItsRecordAndStopped() throws IOException {
    Path folder = Files.createTempDirectory("parproc-portable-");
    try {
      ExerciseResult result = gradeAlone(folder, "portable/daemon-left-running.py", "procEx");

      assertThat(Grading.check(result, "finishes-cleanly").passed()).isFalse();
      assertThat(Grading.check(result, "finishes-cleanly").firstFailure().message())
          .contains("it left a process running after it ended (pid ")
          .contains("one that had left the run's session with os.setsid(), so the grader stopped it");
      assertThat(Grading.processesUnder(folder)).as("left running").isEmpty();
    } finally {
      Grading.delete(folder);
    }
  }

  private static ExerciseResult gradeAlone(Path folder, String fixture, String exercise) throws IOException {
    Path file = ShippedConfig.programs().resolve(fixture);
    Files.copy(file, folder.resolve(file.getFileName()));
    GradeReport report = gradePortable(folder, List.of(exercise), 2, 10.0);
    return report.exercises().get(0);
  }
}

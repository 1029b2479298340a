package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.grading.GradingRequest;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.Grading;
import parproc.grader.testing.Isolated;
import parproc.grader.testing.ShippedConfig;

/**
 * Correct programs of every start method get full marks in every isolation: the helpers
 * multiprocessing leaves for a moment after the program (the resource tracker, the forkserver, a
 * manager's server) are never taken for a process left running. By default one program per
 * start method, the one with a queue; {@code -Dparproc.isolations.all=true} grades every
 * exercise of each.
 */
class CorrectInEveryIsolationTests {

  private static final boolean ALL = Boolean.getBoolean("parproc.isolations.all");
  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  /** The folders of correct programs by start method: fork, spawn, forkserver, and a Manager. */
  private static final List<Path> STYLES = List.of(ShippedConfig.home().resolve("reference-solutions"),
      ShippedConfig.programs().resolve("correct/spawn-join"), ShippedConfig.programs().resolve("correct/forkserver"),
      ShippedConfig.programs().resolve("correct/manager"));

  @TestFactory
  Stream<DynamicTest> correctProgramsOfEveryStartMethodGetFullMarksInEveryIsolation() {
    return Stream.of(IsolationMode.NAMESPACE, IsolationMode.PERMISSIONS, IsolationMode.NONE)
        .flatMap(mode -> STYLES.stream().map(style -> DynamicTest.dynamicTest(
            mode.label() + " " + style.getFileName(), () -> {
              Assumptions.assumeTrue(mode == IsolationMode.NONE || Isolated.asRoot(), "needs root");
              GradeReport report = Grading.grade(GradingRequest.builder().submission(style)
                  .config(ShippedConfig.home().resolve("grading-config"))
                  .exercises(ALL ? List.of() : List.of("addManyPar")).runs(2).seed(SEED).isolation(mode).build());

              assertThat(report.problems()).isEmpty();
              assertThat(report.isolation()).startsWith(mode.label());
              List<ExerciseResult> graded = report.exercises().stream().filter(e -> e.runs() > 0).toList();
              assertThat(graded).isNotEmpty();
              for (ExerciseResult exercise : graded) {
                assertThat(exercise.fullMarks()).as(mode.label() + ": " + Grading.describe(exercise)).isTrue();
              }
              assertThat(Isolated.leftovers()).isEmpty();
            })));
  }
}

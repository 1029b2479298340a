package parproc.grader.platform;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;
import parproc.grader.grading.Grading;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;

/**
 * Grading as JUnit tests: a container per exercise, a test per check, over the results of the
 * grading core. Surefire ({@code mvn -Pgrade test}), an IDE or the JUnit Console Launcher runs
 * it, given the configuration parameters read by {@link GradingResolver} (for example
 * {@code -Dparproc.submission=reference-solutions}). The grade itself never comes from these
 * tests: they only show the core's results.
 */
@ExtendWith(GradingResolver.class)
public class GradeSubmission {

  @TestFactory
  @DisplayName("grade")
  Stream<DynamicNode> exercises(Grading grading) {
    Stream<DynamicNode> exercises = grading.exercises().stream().map(planned -> dynamicContainer(
        planned.id() + " — " + planned.title(),
        Stream.of(planned).flatMap(p -> checks(p.result().join()))));
    // Problems of the grading as a whole are known once every exercise is: a last test shows them.
    Stream<DynamicNode> problems = Stream.of(grading).flatMap(g -> {
      List<String> found = g.report().join().problems();
      return found.isEmpty() ? Stream.empty()
          : Stream.of(dynamicTest("grading", () -> {
            throw new NotGradedException(String.join("\n", found));
          }));
    });
    return Stream.concat(exercises, problems);
  }

  private static Stream<DynamicNode> checks(ExerciseResult result) {
    if (result.checks().isEmpty()) {
      return Stream.of(dynamicTest(result.status() == ExerciseStatus.CONFIG_ERROR ? "grading-config" : "harness",
          () -> {
            throw new NotGradedException(result.message());
          }));
    }
    return result.checks().stream().map(check -> dynamicTest(
        check.id() + " (" + check.points() + " pts)", () -> verify(result, check)));
  }

  private static void verify(ExerciseResult exercise, CheckResult check) {
    if (exercise.status() == ExerciseStatus.NOT_RUN) {
      throw new AssertionFailedError(exercise.message());
    }
    if (!check.passed()) {
      var failure = check.firstFailure();
      String message = check.id() + " failed in " + check.failedRuns() + " of " + check.runs() + " runs. Run "
          + failure.run() + " (" + failure.input() + "):\n" + exercise.messageApart(check);
      throw new AssertionFailedError(message, String.join("\n", failure.evidence().expected()),
          String.join("\n", failure.evidence().observed()));
    }
  }
}

package parproc.grader.platform;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;
import parproc.grader.histogram.CheckResult;
import parproc.grader.score.ExerciseResult;
import parproc.grader.score.ExerciseStatus;

/**
 * Grading as JUnit tests: a container per exercise, a test per check. The CLI runs this class
 * through the JUnit Platform Launcher; an IDE or Surefire can run it too, given the
 * configuration parameters of {@link GradingRequest} (for example
 * {@code -Dparproc.submission=reference-solutions}).
 */
@ExtendWith(GradingSessionResolver.class)
public class GradeSubmission {

  @TestFactory
  @DisplayName("grade")
  Stream<DynamicNode> exercises(GradingSession session, TestReporter reporter) {
    reporter.publishEntry(ResultJson.SESSION, ResultJson.write(new ResultJson.SessionFacts(
        session.request().submission().toString(), session.pythonVersion(), session.seed(), session.problems(),
        session.isolation())));
    return session.planned().stream().map(planned -> dynamicContainer(
        planned.id() + " — " + planned.title(),
        Stream.of(planned).flatMap(p -> checks(p, reporter))));
  }

  private static Stream<DynamicNode> checks(GradingSession.Planned planned, TestReporter reporter) {
    ExerciseResult result = await(planned);
    reporter.publishEntry(ResultJson.EXERCISE, ResultJson.write(result));
    if (result.checks().isEmpty()) {
      return Stream.of(dynamicTest(result.status() == ExerciseStatus.CONFIG_ERROR ? "grading-config" : "harness",
          () -> {
            throw new NotGradedException(result.message());
          }));
    }
    return result.checks().stream().map(check -> dynamicTest(
        check.id() + " (" + check.points() + " pts)", () -> verify(result, check)));
  }

  private static ExerciseResult await(GradingSession.Planned planned) {
    try {
      return planned.result().join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return ExerciseResult.of(planned.id(), planned.title(), ExerciseStatus.HARNESS_ERROR, null, 0, 0, 0,
          "harness error: " + cause, List.of(), null);
    }
  }

  private static void verify(ExerciseResult exercise, CheckResult check) {
    if (exercise.status() == ExerciseStatus.NOT_RUN) {
      throw new AssertionFailedError(exercise.message());
    }
    if (!check.passed()) {
      var failure = check.firstFailure();
      String message = check.id() + " failed in " + check.failedRuns() + " of " + check.runs() + " runs. Run "
          + failure.run() + " (" + failure.input() + "):\n" + failure.message();
      throw new AssertionFailedError(message, String.join("\n", failure.evidence().expected()),
          String.join("\n", failure.evidence().observed()));
    }
  }
}

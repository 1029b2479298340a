package parproc.grader.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.AssertionFailedError;
import parproc.grader.score.ExerciseResult;
import parproc.grader.score.GradeReport;

/**
 * Builds the grade from what the grading tests publish, and notices when the grading itself
 * broke (an error that is not a failed check).
 */
public final class GradeCollector implements TestExecutionListener {

  private final Map<String, ExerciseResult> exercises = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private ResultJson.SessionFacts session;

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    entry.getKeyValuePairs().forEach((key, value) -> {
      if (key.equals(ResultJson.EXERCISE)) {
        ExerciseResult result = ResultJson.exercise(value);
        exercises.put(result.id(), result);
      } else if (key.equals(ResultJson.SESSION)) {
        session = ResultJson.session(value);
        problems.addAll(session.problems());
      }
    });
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return;
    }
    Throwable thrown = result.getThrowable().orElse(null);
    // A failed check and an exercise that could not be graded are reported in its result; any
    // other error is the grading itself breaking.
    if (!(thrown instanceof AssertionFailedError) && !(thrown instanceof NotGradedException)) {
      problems.add("the grading of '" + test.getDisplayName() + "' broke: "
          + (thrown == null ? result.getStatus() : rootCause(thrown)));
    }
  }

  private static String rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  public GradeReport report() {
    return new GradeReport(
        session == null ? "" : session.submission(),
        session == null ? "" : session.python(),
        session == null ? 0 : session.seed(),
        new ArrayList<>(exercises.values()),
        problems,
        session == null ? null : session.isolation());
  }
}

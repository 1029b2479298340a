package parproc.grader.results;

import java.util.List;
import parproc.grader.config.Visibility;

/**
 * A check across all runs of an exercise: it passes only when no run failed it. The histogram
 * counts the runs of each outcome, as jcstress prints RESULT, SAMPLES, FREQ and EXPECT.
 *
 * @param visibility who sees the check in a platform's results, as grading-config says
 */
public record CheckResult(
    String id,
    String description,
    int points,
    boolean passed,
    int runs,
    int failedRuns,
    int unjudgedRuns,
    List<OutcomeCount> histogram,
    FirstFailure firstFailure,
    String note,
    Visibility visibility) {

  public CheckResult {
    histogram = List.copyOf(histogram);
    visibility = visibility == null ? Visibility.VISIBLE : visibility;
  }

  /** Whether a platform without visibility may list the check: only a visible one. */
  public boolean listed() {
    return visibility == Visibility.VISIBLE;
  }

  /** The same check, its first failure told with another message. */
  public CheckResult withFirstFailure(FirstFailure failure) {
    return new CheckResult(id, description, points, passed, runs, failedRuns, unjudgedRuns, histogram, failure, note,
        visibility);
  }

  /** Points earned: all or nothing. */
  public int score() {
    return passed ? points : 0;
  }
}

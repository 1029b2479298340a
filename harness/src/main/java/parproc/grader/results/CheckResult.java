package parproc.grader.results;

import java.util.List;

/**
 * A check across all runs of an exercise: it passes only when no run failed it. The histogram
 * counts the runs of each outcome, as jcstress prints RESULT, SAMPLES, FREQ and EXPECT.
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
    String note) {

  public CheckResult {
    histogram = List.copyOf(histogram);
  }

  /** Points earned: all or nothing. */
  public int score() {
    return passed ? points : 0;
  }
}

package parproc.grader.score;

import java.util.List;
import parproc.grader.histogram.CheckResult;

/**
 * An exercise's grade: its checks with their histograms, its score, and what a student needs to
 * know when it could not be run.
 *
 * @param file the file graded, relative to the submission
 * @param message why the exercise was not graded, or a note; null when there is nothing to say
 * @param smallestFailingInput the smallest input found that still fails, or null
 */
public record ExerciseResult(
    String id,
    String title,
    ExerciseStatus status,
    String file,
    int score,
    int maxScore,
    int runs,
    long seed,
    String message,
    List<CheckResult> checks,
    String smallestFailingInput) {

  public ExerciseResult {
    checks = List.copyOf(checks);
  }

  public static ExerciseResult of(String id, String title, ExerciseStatus status, String file, int maxScore,
      int runs, long seed, String message, List<CheckResult> checks, String smallestFailingInput) {
    // A harness error leaves the checks it could judge: the student keeps those points, and the
    // grading is reported as incomplete.
    boolean judged = status == ExerciseStatus.GRADED || status == ExerciseStatus.HARNESS_ERROR;
    int score = judged ? checks.stream().mapToInt(CheckResult::score).sum() : 0;
    return new ExerciseResult(id, title, status, file, score, maxScore, runs, seed, message, checks,
        smallestFailingInput);
  }

  public boolean fullMarks() {
    return status == ExerciseStatus.GRADED && score == maxScore;
  }
}

package parproc.grader.results;

import java.util.List;

/**
 * An exercise's grade: its checks with their histograms, its score, and what a student needs to
 * know when it could not be run.
 *
 * @param file the file graded, relative to the submission
 * @param message why the exercise was not graded, or a note; null when there is nothing to say
 * @param smallestFailingInput the smallest input found that still fails, or null
 * @param interfered how a run of the program interfered with the grader's own record of it
 *     ("run 3: the grader's record of this run was cut ..."), or null when none did
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
    String smallestFailingInput,
    String interfered) {

  public ExerciseResult {
    checks = List.copyOf(checks);
  }

  /**
   * What was judged of an exercise's runs.
   *
   * @param file the file graded, relative to the submission
   * @param runs how many runs were judged
   * @param smallestFailingInput the smallest input found that still fails, or null
   * @param interfered how a run interfered with the grader's own record of it, or null
   */
  public record Judged(String file, int runs, List<CheckResult> checks, String smallestFailingInput,
      String interfered) {}

  /** An exercise run and judged: its score is its checks' points. */
  public static ExerciseResult graded(String id, String title, int maxScore, long seed, Judged judged, String note) {
    return judged(id, title, ExerciseStatus.GRADED, maxScore, seed, judged, note);
  }

  /**
   * An exercise whose runs the harness could not all judge: its checks show what was judged,
   * but a harness error awards no point, and the grading is reported as incomplete.
   */
  public static ExerciseResult harnessError(String id, String title, int maxScore, long seed, Judged judged,
      String message) {
    return judged(id, title, ExerciseStatus.HARNESS_ERROR, maxScore, seed, judged, message);
  }

  /** An exercise the harness could not grade at all. */
  public static ExerciseResult harnessError(String id, String title, int maxScore, String message) {
    return new ExerciseResult(id, title, ExerciseStatus.HARNESS_ERROR, null, 0, maxScore, 0, 0, message, List.of(),
        null, null);
  }

  /** An exercise the submission lacks, or cannot compile: no points, and each check says why. */
  public static ExerciseResult notRun(String id, String title, int maxScore, long seed, String message,
      List<CheckResult> checks) {
    return new ExerciseResult(id, title, ExerciseStatus.NOT_RUN, null, 0, maxScore, 0, seed, message, checks, null,
        null);
  }

  /** An exercise whose grading-config is broken; {@code message} locates each problem. */
  public static ExerciseResult configError(String id, String message) {
    return new ExerciseResult(id, id, ExerciseStatus.CONFIG_ERROR, null, 0, 0, 0, 0, message, List.of(), null, null);
  }

  private static ExerciseResult judged(String id, String title, ExerciseStatus status, int maxScore, long seed,
      Judged judged, String message) {
    // The grader's own failure never awards a point: what its checks saw is shown, not counted.
    int score = status == ExerciseStatus.HARNESS_ERROR ? 0 : judged.checks().stream().mapToInt(CheckResult::score).sum();
    return new ExerciseResult(id, title, status, judged.file(), score, maxScore, judged.runs(), seed, message,
        judged.checks(), judged.smallestFailingInput(), judged.interfered());
  }

  /** The line every report shows of a submission that interfered with the grader, or null. */
  public String interferenceLine() {
    return interfered == null ? null : "This submission interfered with the grader: " + interfered;
  }

  public boolean fullMarks() {
    return status == ExerciseStatus.GRADED && score == maxScore;
  }
}

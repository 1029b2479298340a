package parproc.grader.results;

import java.util.List;

/**
 * An exercise's grade: its checks with their histograms, its score, and what a student needs to
 * know when it could not be run.
 *
 * @param file the file graded, relative to the submission
 * @param message why the exercise was not graded, or a note; null when there is nothing to say
 * @param interfered how a run of the program interfered with the grader's own record of it
 *     ("run 3: the grader's record of this run was cut ..."), or null when none did
 * @param cause what its failed checks share as their cause, stated once under "Fix this first"
 *     (each of those checks refers to it in one line), or null when they share none
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
    String interfered,
    String cause) {

  public ExerciseResult {
    checks = List.copyOf(checks);
  }

  public ExerciseResult(String id, String title, ExerciseStatus status, String file, int score, int maxScore,
      int runs, long seed, String message, List<CheckResult> checks, String interfered) {
    this(id, title, status, file, score, maxScore, runs, seed, message, checks, interfered, null);
  }

  /** The same result, with the cause its failed checks share (null for none). */
  public ExerciseResult withCause(String shared) {
    return new ExerciseResult(id, title, status, file, score, maxScore, runs, seed, message, checks,
        interfered, shared);
  }

  /**
   * A failed check's message as a report shows it apart from its exercise (a JUnit test case, a
   * PrairieLearn test): the line that refers to the shared cause becomes that cause in full.
   * Null when the check has no failure to show.
   */
  public String messageApart(CheckResult check) {
    FirstFailure failure = check.firstFailure();
    if (failure == null) {
      return null;
    }
    String reference = failure.cause() == null ? null : failure.cause().reference();
    if (cause == null || reference == null || !failure.message().startsWith(reference)) {
      return failure.message();
    }
    return "Cause: " + cause + failure.message().substring(reference.length());
  }

  /** The line every report shows of the cause the failed checks share, or null when they share none. */
  public String causeLine() {
    return cause == null ? null : Cause.HEADING + ": " + cause;
  }

  /**
   * What was judged of an exercise's runs.
   *
   * @param file the file graded, relative to the submission
   * @param runs how many runs were judged
     * @param interfered how a run interfered with the grader's own record of it, or null
   */
  public record Judged(String file, int runs, List<CheckResult> checks, String interfered) {}

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
        null);
  }

  /** An exercise the submission lacks, or cannot compile: no points, and each check says why. */
  public static ExerciseResult notRun(String id, String title, int maxScore, long seed, String message,
      List<CheckResult> checks) {
    return new ExerciseResult(id, title, ExerciseStatus.NOT_RUN, null, 0, maxScore, 0, seed, message, checks, null);
  }

  /** An exercise whose grading-config is broken; {@code message} locates each problem. */
  public static ExerciseResult configError(String id, String message) {
    return new ExerciseResult(id, id, ExerciseStatus.CONFIG_ERROR, null, 0, 0, 0, 0, message, List.of(), null);
  }

  private static ExerciseResult judged(String id, String title, ExerciseStatus status, int maxScore, long seed,
      Judged judged, String message) {
    // The grader's own failure never awards a point: what its checks saw is shown, not counted.
    int score = status == ExerciseStatus.HARNESS_ERROR ? 0 : judged.checks().stream().mapToInt(CheckResult::score).sum();
    return new ExerciseResult(id, title, status, judged.file(), score, maxScore, judged.runs(), seed, message,
        judged.checks(), judged.interfered());
  }

  /** The line every report shows of a submission that interfered with the grader, or null. */
  public String interferenceLine() {
    return interfered == null ? null : "This submission interfered with the grader: " + interfered;
  }

  public boolean fullMarks() {
    return status == ExerciseStatus.GRADED && score == maxScore;
  }
}

package parproc.grader.cli;

/** The exit codes of {@code grade}. */
public final class ExitCode {

  /** Every check of every exercise passed. */
  public static final int PASSED = 0;

  /** Some check failed (or some exercise is missing from the submission). */
  public static final int FAILED = 1;

  /** The grader could not grade: a bad option, a broken config, no Python 3, a harness error. */
  public static final int CANNOT_GRADE = 2;

  private ExitCode() {}
}

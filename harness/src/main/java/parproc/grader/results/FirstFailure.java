package parproc.grader.results;

/**
 * The first run in which a check failed: enough to show a student what went wrong.
 *
 * @param run the run's number, from 1
 * @param input the stdin it was given, described
 * @param cause what caused the failure, when one thing made the run fail; null otherwise
 */
public record FirstFailure(int run, String input, String message, Evidence evidence, String stdout, Cause cause) {

  public FirstFailure(int run, String input, String message, Evidence evidence, String stdout) {
    this(run, input, message, evidence, stdout, null);
  }

  /** The same failure, told with another message. */
  public FirstFailure withMessage(String told) {
    return new FirstFailure(run, input, told, evidence, stdout, cause);
  }
}

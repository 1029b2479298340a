package parproc.grader.platform;

/**
 * Thrown by the test that stands for an exercise the grading could not judge (its config is
 * broken, or the harness failed): the reason is already in the exercise's result.
 */
final class NotGradedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  NotGradedException(String reason) {
    super(reason);
  }
}

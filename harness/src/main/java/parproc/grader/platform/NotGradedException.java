package parproc.grader.platform;

/**
 * Thrown by the test that stands for what the grading could not judge (an exercise whose config is
 * broken, a harness failure, a problem of the whole grading): the reason is already in the grade.
 */
final class NotGradedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  NotGradedException(String reason) {
    super(reason);
  }
}

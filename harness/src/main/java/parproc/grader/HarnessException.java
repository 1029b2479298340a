package parproc.grader;

/** The harness cannot do its work (no Python 3, an unreadable folder): a user-facing reason. */
public class HarnessException extends Exception {

  private static final long serialVersionUID = 1L;

  public HarnessException(String message) {
    super(message);
  }

  public HarnessException(String message, Throwable cause) {
    super(message, cause);
  }
}

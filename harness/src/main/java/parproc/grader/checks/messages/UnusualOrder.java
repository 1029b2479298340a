package parproc.grader.checks.messages;

/**
 * Two lines in an order that is allowed but less likely, such as one a sleep usually prevents:
 * shown in the histogram, never a failure.
 */
public record UnusualOrder(String before, String after) {

  public static final String OUTCOME = "unusual order";

  public String message() {
    return Words.quote(after) + " came before " + Words.quote(before) + ": allowed, only less likely.";
  }
}

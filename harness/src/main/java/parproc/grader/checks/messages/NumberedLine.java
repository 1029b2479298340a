package parproc.grader.checks.messages;

/**
 * A line of output with its 1-based number, as messages quote it.
 *
 * @param marked the line is one the message points at
 */
public record NumberedLine(int number, String text, boolean marked) {

  public NumberedLine(int number, String text) {
    this(number, text, false);
  }
}

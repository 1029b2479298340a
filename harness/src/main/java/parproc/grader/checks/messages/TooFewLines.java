package parproc.grader.checks.messages;

/**
 * A line printed fewer times than a correct program prints it, so that a check about those
 * lines could not look at all of them. Each check words it in its own message.
 *
 * @param line the line as described to students, e.g. {@code Hi from process <pid>}
 */
public record TooFewLines(String line, int printed, int wanted) {

  /** The outcome every check counts such a run by. */
  public static final String OUTCOME = "lines missing";

  /** The sentence that says so, ending with what could not be checked. */
  public String printedInsteadOf(String unchecked) {
    return Words.quote(line) + " was printed " + Words.times(printed) + " instead of " + Words.times(wanted)
        + ", so " + unchecked;
  }
}

package parproc.grader.checks.messages;

/**
 * An order among a line's own values (the names arriving in the order they were sent) could not
 * be checked: lines stand for it, but with other values than the exercise names, and such a check
 * judges the values themselves.
 *
 * @param line the line as described to students
 * @param printed how many times it was printed with its own values
 * @param wanted how many times a correct program prints it
 * @param others how many lines stand for it with other values
 */
public record ValuesMissingForOrder(String line, int printed, int wanted, int others) implements Failure {

  /** The outcome such runs are counted by. */
  public static final String OUTCOME = "other values";

  @Override
  public Message message() {
    return new Message(OUTCOME, "the values of " + Words.quote(line) + " in the order the exercise names",
        Words.quote(line) + " was printed with the exercise's own values " + Words.times(printed) + " instead of "
            + Words.times(wanted) + " (" + Words.plural(others, "line stands", "lines stand")
            + " for it with other values), so the order of the values could not be checked",
        "this check judges the values themselves: use the values the exercise names.");
  }
}

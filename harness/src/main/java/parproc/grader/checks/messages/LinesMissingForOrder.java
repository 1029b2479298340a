package parproc.grader.checks.messages;

/**
 * An order could not be checked because one of its two lines was printed too few times.
 *
 * @param first the line that should come first, as described to students
 * @param then the line that should come after it, likewise
 */
public record LinesMissingForOrder(String first, String then, TooFewLines shortfall) implements Failure {

  @Override
  public Message message() {
    return new Message(TooFewLines.OUTCOME, "to check that " + Words.quote(then) + " comes after " + Words.quote(first),
        shortfall.printedInsteadOf("the order could not be checked"),
        "make sure both lines are printed (see the other checks).");
  }
}

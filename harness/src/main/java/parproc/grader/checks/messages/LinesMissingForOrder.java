package parproc.grader.checks.messages;

/**
 * An order could not be checked because one of its two lines was printed too few times.
 *
 * @param first the line that should come first, as described to students
 * @param then the line that should come after it, likewise
 */
public record LinesMissingForOrder(String first, String then, TooFewLines shortfall) implements Failure {

  @Override
  public String outcome() {
    return TooFewLines.OUTCOME;
  }

  @Override
  public String expected() {
    return "to check that " + Words.quote(then) + " comes after " + Words.quote(first);
  }

  @Override
  public String observed() {
    return shortfall.printedInsteadOf("the order could not be checked");
  }

  @Override
  public String tryThis() {
    return "make sure both lines are printed (see the other checks).";
  }
}

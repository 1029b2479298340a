package parproc.grader.checks.messages;

/** The values a line should carry could not be checked, because it was printed too few times. */
public record LinesMissingForValues(TooFewLines shortfall) implements Failure {

  @Override
  public String outcome() {
    return TooFewLines.OUTCOME;
  }

  @Override
  public String expected() {
    return Words.quote(shortfall.line()) + " printed " + Words.times(shortfall.wanted());
  }

  @Override
  public String observed() {
    return "it was printed " + Words.times(shortfall.printed()) + ", so the values could not be checked";
  }

  @Override
  public String tryThis() {
    return "make sure the line is printed (see the other checks).";
  }
}

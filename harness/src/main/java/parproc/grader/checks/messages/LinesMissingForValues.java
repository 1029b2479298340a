package parproc.grader.checks.messages;

/** The values a line should carry could not be checked, because it was printed too few times. */
public record LinesMissingForValues(TooFewLines shortfall) implements Failure {

  @Override
  public Message message() {
    return new Message(TooFewLines.OUTCOME,
        Words.quote(shortfall.line()) + " printed " + Words.times(shortfall.wanted()),
        "it was printed " + Words.times(shortfall.printed()) + ", so the values could not be checked",
        "make sure the line is printed (see the other checks).");
  }
}

package parproc.grader.checks.messages;

/** The shared lock could not be checked for every line, because some were not printed. */
public record LinesMissingForLock(TooFewLines shortfall) implements Failure {

  @Override
  public Message message() {
    String lines = Words.plural(shortfall.wanted(), "line", "lines") + " " + Words.quote(shortfall.line());
    return new Message(TooFewLines.OUTCOME, lines + " printed under the shared lock",
        "only " + shortfall.printed() + " were printed, so the lock could not be checked for all of them",
        "make sure every child prints its line (see the other checks).");
  }
}

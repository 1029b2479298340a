package parproc.grader.checks.messages;

/** The shared lock could not be checked for every line, because some were not printed. */
public record LinesMissingForLock(TooFewLines shortfall) implements Failure {

  @Override
  public String outcome() {
    return TooFewLines.OUTCOME;
  }

  @Override
  public String expected() {
    return Words.plural(shortfall.wanted(), "line", "lines") + " " + Words.quote(shortfall.line())
        + " printed under the shared lock";
  }

  @Override
  public String observed() {
    return "only " + shortfall.printed() + " were printed, so the lock could not be checked for all of them";
  }

  @Override
  public String tryThis() {
    return "make sure every child prints its line (see the other checks).";
  }
}

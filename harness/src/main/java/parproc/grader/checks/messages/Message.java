package parproc.grader.checks.messages;

/**
 * What a failure says to a student, in the harness's form.
 *
 * @param outcome the label runs are counted by in the histogram
 * @param expected what a correct program does, completing "Expected ..."
 * @param observed what the run did instead, completing "but ..."
 * @param tryThis the check kind's own advice, shown as "Try: ..." unless the config gives a hint
 */
public record Message(String outcome, String expected, String observed, String tryThis) {

  /** The whole text, with the instructor's hint in place of the kind's advice if given. */
  public String render(String hint) {
    return Words.message(expected, observed, hint == null || hint.isBlank() ? tryThis : hint);
  }
}

package parproc.grader.checks.messages;

/**
 * What a failed check found, as data, and the words that tell a student about it: each kind of
 * failure is one record whose components are the facts and whose methods are the sentences.
 */
public interface Failure {

  /** The label runs are counted by in the histogram. */
  String outcome();

  /** What a correct program does, completing "Expected ...". */
  String expected();

  /** What this run did instead, completing "but ...". */
  String observed();

  /** The check kind's own advice, shown as "Try: ..." unless the config gives a hint. */
  String tryThis();

  /** The whole message, with the instructor's hint in place of the kind's advice if given. */
  default String render(String hint) {
    return Words.message(expected(), observed(), hint == null || hint.isBlank() ? tryThis() : hint);
  }
}

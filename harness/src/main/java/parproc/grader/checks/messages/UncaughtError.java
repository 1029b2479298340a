package parproc.grader.checks.messages;

/**
 * A process raised an exception that nothing caught.
 *
 * @param process the process, as messages name it
 * @param detail the exception's message, or null or empty when it has none
 * @param file where it was raised, or null when unknown
 * @param function the function it was raised in, or null
 * @param advice advice for this kind of error, or null when none is known
 */
public record UncaughtError(
    String process, String type, String detail, String file, int line, String function, String advice)
    implements Failure {

  @Override
  public Message message() {
    String where = file == null ? "" : "\n  at " + file + ", line " + line
        + (function == null ? "" : ", in " + function);
    return new Message(type, "no error in any process",
        process + " raised " + type + (detail == null || detail.isEmpty() ? "" : ": " + detail) + where,
        advice != null ? advice : "read the traceback below from its last line up.");
  }
}

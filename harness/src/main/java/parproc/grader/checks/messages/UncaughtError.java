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

  /** Where the probe says an error was raised in the file's statements after the entry's bare call. */
  public static final String AFTER_THE_CALL = "after";

  /** The place of an error raised in the statements after the entry's bare call. */
  public static String after(String entry) {
    return "the code after " + entry + "() at the file's top level";
  }

  /** What to do about such an error, when nothing more particular is known. */
  public static String adviceAfter(String entry) {
    return "the lines after " + entry + "() at the top level of the file run once it returns, as python3 runs"
        + " them: fix them, or leave them out.";
  }

  @Override
  public Message message() {
    String where = file == null ? "" : "\n  at " + file + ", line " + line
        + (function == null ? "" : ", in " + function);
    return new Message(type, "no error in any process",
        process + " raised " + type + (detail == null || detail.isEmpty() ? "" : ": " + detail) + where,
        advice != null ? advice : "read the traceback below from its last line up.");
  }
}

package parproc.grader.checks.messages;

/**
 * The program started another number of children than the exercise asks, or ran targets with
 * run() instead of start().
 *
 * @param countFromStdin the number of children is read from stdin
 */
public record WrongChildCount(int wanted, int started, int directRuns, boolean countFromStdin)
    implements Failure {

  @Override
  public Message message() {
    String expected = Words.plural(wanted, "child process", "child processes") + " started with start()";
    String observed = "the program started " + Words.plural(started, "child process", "child processes");
    if (directRuns > 0) {
      return new Message("run() instead of start()", expected,
          observed + " and called run() " + Words.times(directRuns)
              + ", which runs the target inside the parent instead of in a new process",
          "call start() on each Process object, not run().");
    }
    return new Message(Words.plural(started, "child", "children"), expected, observed,
        "create and start() exactly " + Words.plural(wanted, "Process", "Processes")
            + (countFromStdin ? " (the number read from stdin)" : "") + ", and start each one only once.");
  }
}

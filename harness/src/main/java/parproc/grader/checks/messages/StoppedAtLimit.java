package parproc.grader.checks.messages;

/**
 * The harness stopped the run at one of its limits besides time (memory, processes, CPU time,
 * file size, open files, output).
 *
 * @param stopped the limit as the run names it, "stopped: used more than 512 MiB of memory"
 */
public record StoppedAtLimit(String stopped) implements Failure {

  @Override
  public Message message() {
    return new Message(stopped, "the program to stay within the limits of a run", "it was " + stopped,
        "a correct program needs a few processes and a little memory; look for a loop that starts"
            + " processes, allocates or prints without end.");
  }
}

package parproc.grader.checks.messages;

import java.util.List;

/**
 * The run was still going at its time limit, with what each unfinished process was doing.
 *
 * @param stuck the processes that had not finished; empty when only the parent's exit was left
 */
public record StoppedAtTimeLimit(double timeoutSeconds, List<Stuck> stuck) implements Failure {

  /** The most unfinished processes the message names. */
  private static final int MOST = 6;

  public StoppedAtTimeLimit {
    stuck = List.copyOf(stuck);
  }

  /** What an unfinished process was doing when the run was stopped. */
  public sealed interface Stuck extends ProcessFact {}

  /** Waiting in q.get(), having taken {@code taken} values of the {@code put} put on its queue. */
  public record InGet(String process, int taken, int put) implements Stuck {
    @Override
    public String did() {
      return "was waiting in q.get() for a value that never came (it had taken "
          + Words.plural(taken, "value", "values") + "; " + Words.plural(put, "value was", "values were")
          + " put on that queue in all)";
    }
  }

  /** Waiting in join() for a child that did not end. */
  public record InJoin(String process, String child, long pid) implements Stuck {
    @Override
    public String did() {
      return "was waiting in join() for " + child + " (pid " + pid + ") to end";
    }
  }

  /** Running, not waiting on anything the probe sees. */
  public record Running(String process) implements Stuck {
    @Override
    public String did() {
      return "was still running (a loop that never ends, or a sleep that is too long?)";
    }
  }

  @Override
  public Message message() {
    String seconds = timeoutSeconds == Math.rint(timeoutSeconds)
        ? String.valueOf((long) timeoutSeconds)
        : String.valueOf(timeoutSeconds);
    List<String> lines = stuck.isEmpty()
        ? List.of("the parent had returned, but was still waiting for its children to end")
        : stuck.stream().map(Stuck::sentence).toList();
    return new Message("stopped at the time limit", "the program to finish within " + seconds + " s",
        "it was still running and was stopped:\n" + Words.indented(lines, MOST),
        "a process waiting in q.get() needs a matching q.put() for every get(); a"
            + " join() waits for a child that must end; an endless loop never ends.");
  }
}

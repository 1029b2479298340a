package parproc.grader.checks.messages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The program ended but left processes running that had left the run's session (os.setsid()):
 * daemons the grader had to stop.
 *
 * @param pids the processes left running, as the grader found them after the program ended
 */
public record LeftRunning(List<Long> pids) implements Failure {

  public LeftRunning {
    pids = List.copyOf(pids);
  }

  @Override
  public Message message() {
    boolean one = pids.size() == 1;
    String which = pids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    String observed = one
        ? "it left a process running after it ended (pid " + which + "), one that had left the run's session"
            + " with os.setsid(), so the grader stopped it"
        : "it left " + pids.size() + " processes running after it ended (pids " + which + "), which had left the"
            + " run's session with os.setsid(), so the grader stopped them";
    return new Message("left a process running", "the program to end with all of its processes", observed,
        "let every process the program starts end before it does: start children with multiprocessing and join"
            + " them, and leave no process behind with os.fork() and os.setsid().");
  }
}

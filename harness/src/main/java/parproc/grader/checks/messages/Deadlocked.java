package parproc.grader.checks.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The run was ended as soon as it deadlocked: each of its processes waited for ever on another.
 *
 * @param blocked what each process was waiting for
 * @param errors the uncaught errors that left the others waiting, in the order they happened
 */
public record Deadlocked(List<Blocked> blocked, List<Ended> errors) implements Failure {

  /** The most lines the message shows. */
  private static final int MOST = 8;

  public Deadlocked {
    blocked = List.copyOf(blocked);
    errors = List.copyOf(errors);
  }

  /** What one process was blocked on. */
  public sealed interface Blocked extends ProcessFact {}

  /** In q.get() on a queue no running process could put on; {@code site} where it was made, or null. */
  public record InGet(String process, String site) implements Blocked {
    @Override
    public String did() {
      return "waits in q.get() on the queue made " + (site == null ? "by the program" : site)
          + ", but no process that could put on it was still running";
    }
  }

  /** In join() for a child that is blocked too. */
  public record InJoin(String process, String child) implements Blocked {
    @Override
    public String did() {
      return "waits in join() for " + child + ", which is blocked too";
    }
  }

  /** In acquire() for a lock that only blocked processes could release. */
  public record InAcquire(String process, String site, String holder) implements Blocked {
    @Override
    public String did() {
      return "waits in acquire() for the lock made " + (site == null ? "by the program" : site)
          + (holder == null ? "" : ", held by " + holder) + ", which only blocked processes could release";
    }
  }

  /** The parent, past its entry function, waiting for its children to end before it exits. */
  public record AtExit(String process, boolean raised) implements Blocked {
    @Override
    public String did() {
      return (raised ? "ended with an error" : "returned") + " and waits for its children to end";
    }
  }

  /** A process that ended with an uncaught error; {@code file} null when unknown. */
  public record Ended(String process, String type, String message, String file, int line) {
    String describe() {
      return process + " ended with " + type + (message == null || message.isEmpty() ? "" : ": " + message)
          + (file == null ? "" : " (" + file + ", line " + line + ")");
    }
  }

  @Override
  public Message message() {
    List<String> lines = new ArrayList<>();
    blocked.forEach(b -> lines.add(b.sentence()));
    errors.forEach(e -> lines.add(e.describe()));
    return new Message("deadlock", "the program to finish",
        "it deadlocked: every process waited for ever on another, so it was stopped at once:\n"
            + Words.indented(lines, MOST),
        errors.isEmpty()
            ? "every q.get() needs a q.put() that some running process will still make, and a join() a child that ends."
            : "fix the error first: a process that ends with an error never makes the put (or ends) the others wait for.");
  }
}

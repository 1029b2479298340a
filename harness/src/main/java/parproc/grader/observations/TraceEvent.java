package parproc.grader.observations;

import java.math.BigDecimal;
import java.util.List;

/**
 * One record of the probe's trace. {@code index} is its position in the trace file, which every
 * process appends to with one write per record: a global order that respects causality (a
 * record written before a put precedes any record written after the matching get).
 */
public sealed interface TraceEvent {

  int index();

  long pid();

  /** Where in the student's code something was created. */
  record Site(String file, int line, String function) {
    public String describe() {
      String name = file == null ? "?" : java.nio.file.Path.of(file).getFileName().toString();
      return (function == null || function.isEmpty() ? "" : "in " + function + " (")
          + name
          + ", line "
          + line
          + (function == null || function.isEmpty() ? "" : ")");
    }
  }

  /** A value that went through a queue: its Python type, text and, for numbers, its value. */
  record Value(String type, String text, BigDecimal number) {
    public String describe() {
      return "str".equals(type) ? "'" + text + "'" : text;
    }
  }

  /** The graded process started and is about to call the entry function. */
  record RootStarted(int index, long pid, String entry, String python, String method)
      implements TraceEvent {}

  /** Process {@code pid} started child {@code child} with {@code Process.start()}. */
  record ChildStarted(
      int index,
      long pid,
      long child,
      String name,
      String target,
      boolean internal,
      String argsType,
      String method)
      implements TraceEvent {}

  /** A child process began running its target. */
  record ChildBegan(
      int index, long pid, long parent, long ppid, String name, String target, boolean internal,
      String method)
      implements TraceEvent {}

  /** A child process finished its target with the given exit code. */
  record ChildExited(int index, long pid, int code) implements TraceEvent {}

  /** Process {@code pid} ended child {@code child} with terminate() or kill(). */
  record Terminated(int index, long pid, long child, String name) implements TraceEvent {}

  /** {@code Process.run()} was called directly: the target ran in the calling process. */
  record DirectRun(int index, long pid, String name, String target) implements TraceEvent {}

  /** An exception left the student's code in some process. */
  record ExceptionRaised(
      int index,
      long pid,
      String where,
      String type,
      String message,
      String processName,
      String file,
      int line,
      String function)
      implements TraceEvent {}

  /** One write to stdout, with the locks the writing thread held. */
  record Output(int index, long pid, int bytes, String data, List<String> held, String via)
      implements TraceEvent {
    public Output {
      held = List.copyOf(held);
    }
  }

  record LockCreated(int index, long pid, String lock, String kind, boolean mutex, Site site)
      implements TraceEvent {}

  record LockAcquired(int index, long pid, String lock) implements TraceEvent {}

  record LockReleased(int index, long pid, String lock) implements TraceEvent {}

  record QueueCreated(int index, long pid, String queue, String kind, Site site)
      implements TraceEvent {}

  record QueuePut(int index, long pid, String queue, Value value) implements TraceEvent {}

  record QueueGet(int index, long pid, String queue, Value value) implements TraceEvent {}

  /** A process began to wait: for a value in {@code q.get()}, or for a child in {@code join()}. */
  record Waiting(int index, long pid, String on, String queue, long child, String name)
      implements TraceEvent {}

  /** The graded process read from stdin (what it wrote just before was a prompt). */
  record InputRead(int index, long pid, int chars) implements TraceEvent {}

  /** The entry function returned normally. */
  record EntryReturned(int index, long pid) implements TraceEvent {}

  /** A record this harness does not know; kept so that a newer probe does not break it. */
  record Other(int index, long pid, String event) implements TraceEvent {}
}

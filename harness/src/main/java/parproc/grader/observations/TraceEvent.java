package parproc.grader.observations;

import java.math.BigDecimal;
import java.util.List;

/**
 * One record of the probe's trace; the probe's TRACE.md lists every kind with its Java type.
 * {@code index} is its position in the trace file, which every process appends to with one
 * write per record: a global order that respects causality (a record written before a put
 * precedes any record written after the matching get). {@code t} is the microseconds since the
 * run began on the machine's monotonic clock, or {@link #NO_TIME} in a trace older than that.
 */
public sealed interface TraceEvent {

  /** The time of a record from a probe that wrote none. */
  long NO_TIME = -1;

  int index();

  long pid();

  long t();

  /**
   * The last part of a path the probe wrote, whichever system wrote it: a trace recorded on Windows
   * (backslashes, a drive) reads the same on Linux, and a name no path of this system could hold
   * (Windows refuses {@code <} and {@code >}) is still shown.
   */
  static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  /** Where in the student's code something was created. */
  record Site(String file, int line, String function) {
    public String describe() {
      String name = file == null ? "?" : baseName(file);
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

  /**
   * The graded process started and is about to call the entry function.
   *
   * @param startMicros the run's start on the machine's monotonic clock, in microseconds, from
   *     which every record's {@code t} counts; {@link #NO_TIME} in a trace older than that
   */
  record RootStarted(int index, long pid, long t, String entry, String python, String method, long startMicros)
      implements TraceEvent {}

  /** Process {@code pid} started child {@code child} with {@code Process.start()}. */
  record ChildStarted(
      int index,
      long pid,
      long t,
      long child,
      String name,
      String target,
      boolean internal,
      String argsType,
      String method)
      implements TraceEvent {}

  /**
   * A child process began running its target. {@code holds} names the program's locks and
   * queues it can use from its start: inherited by fork, or passed to it when it was spawned.
   * {@code args} are the target's positional arguments as the trace shows values (empty in a
   * trace older than them).
   */
  record ChildBegan(
      int index, long pid, long t, long parent, long ppid, String name, String target, boolean internal,
      String method, List<String> holds, List<Value> args)
      implements TraceEvent {
    public ChildBegan {
      holds = List.copyOf(holds);
      args = List.copyOf(args);
    }
  }

  /** A child process finished its target with the given exit code. */
  record ChildExited(int index, long pid, long t, int code) implements TraceEvent {}

  /** Process {@code pid} ended child {@code child} with terminate() or kill(). */
  record Terminated(int index, long pid, long t, long child, String name) implements TraceEvent {}

  /** {@code Process.run()} was called directly: the target ran in the calling process. */
  record DirectRun(int index, long pid, long t, String name, String target) implements TraceEvent {}

  /** An exception left the student's code in some process. */
  record ExceptionRaised(
      int index,
      long pid,
      long t,
      String where,
      String type,
      String message,
      String processName,
      String file,
      int line,
      String function)
      implements TraceEvent {}

  /** One write to stdout, with the locks the writing thread held. */
  record Output(int index, long pid, long t, int bytes, String data, List<String> held, String via)
      implements TraceEvent {
    public Output {
      held = List.copyOf(held);
    }
  }

  /** The program made a lock (a Lock, RLock, Semaphore or Condition, or a manager's). */
  record LockCreated(int index, long pid, long t, String lock, String kind, boolean mutex, Site site)
      implements TraceEvent {}

  /** The calling thread took the lock. */
  record LockAcquired(int index, long pid, long t, String lock) implements TraceEvent {}

  /** The calling thread let the lock go. */
  record LockReleased(int index, long pid, long t, String lock) implements TraceEvent {}

  /**
   * The program made a queue.
   *
   * @param pipe the pipe its values travel through, as the kernel names it ("pipe:[123]"); null
   *     where it is no pipe (a manager's queue) or the trace is older than that
   */
  record QueueCreated(int index, long pid, long t, String queue, String kind, Site site, String pipe)
      implements TraceEvent {}

  /** A value was put on the queue (recorded before it is on it). */
  record QueuePut(int index, long pid, long t, String queue, Value value) implements TraceEvent {}

  /** A get took the value from the queue. */
  record QueueGet(int index, long pid, long t, String queue, Value value) implements TraceEvent {}

  /**
   * A process began to wait: {@code on} is "get" (a value from {@code queue}), "join" (the end of
   * {@code child}) or "acquire" ({@code lock}); {@code timeout} is null when it waits for ever,
   * and {@code block} is false for a get or an acquire that does not wait at all.
   */
  record Waiting(
      int index, long pid, long t, String on, String queue, long child, String name, String lock,
      boolean block, Double timeout)
      implements TraceEvent {}

  /**
   * A wait ended, with {@code result}: "value" (a get took one), "acquired", "ended" (the joined
   * child has ended), "timeout" (it gave up, or found nothing without waiting) or "error".
   */
  record WaitEnded(
      int index, long pid, long t, String on, String queue, long child, String name, String lock,
      String result)
      implements TraceEvent {}

  /** The program called {@code time.sleep(seconds)}, which lasts {@code scaled} seconds. */
  record SleepBegan(int index, long pid, long t, Double seconds, Double scaled) implements TraceEvent {}

  /** A sleep ended. */
  record SleepEnded(int index, long pid, long t) implements TraceEvent {}

  /**
   * The write just recorded as the process's last {@link Output} failed (its stdout was closed):
   * its bytes never reached stdout, and the parser empties that output.
   */
  record Unwritten(int index, long pid, long t, int bytes) implements TraceEvent {}

  /** The program started a thread of its own (multiprocessing's own threads are not recorded). */
  record ThreadStarted(int index, long pid, long t, String name, String target, Site site)
      implements TraceEvent {}

  /** The graded process read from stdin (what it wrote just before was a prompt). */
  record InputRead(int index, long pid, long t, int chars) implements TraceEvent {}

  /** The submitted file defines no callable of the entry function's name. */
  record EntryMissing(int index, long pid, long t, String entry) implements TraceEvent {}

  /** A put raised (the value could not be pickled, or the queue was closed or full). */
  record QueuePutFailed(int index, long pid, long t, String queue) implements TraceEvent {}

  /** The entry function returned normally. */
  record EntryReturned(int index, long pid, long t) implements TraceEvent {}

  /**
   * The program called into the system past multiprocessing: {@code call} is {@code fork} (written
   * by the new process, with its {@code parent}), {@code setsid}, {@code setpgid} or {@code setpgrp}
   * (the process leaves the run's session or process group), {@code signal} (a handler of its own
   * for signal {@code signum}) or {@code atexit} (an exit handler of its own).
   */
  record OsCall(int index, long pid, long t, String call, long parent, int signum) implements TraceEvent {

    /** Whether the process left the run's session or process group with this call. */
    public boolean leaves() {
      return "setsid".equals(call) || "setpgid".equals(call) || "setpgrp".equals(call);
    }
  }

  /**
   * The entry function returned while child {@code child} was still starting, and the program no
   * longer referred to the Lock or Queue {@code of} it had given that child: the probe kept it
   * alive, as the program did not choose its start method (under spawn it would have vanished).
   */
  record KeptAlive(int index, long pid, long t, String of, String kind, long child, String name)
      implements TraceEvent {}

  /** A record this harness does not know; kept so that a newer probe does not break it. */
  record Other(int index, long pid, long t, String event) implements TraceEvent {}
}

package parproc.grader.os;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real processes of a live run at one moment, with what it takes to tell a process blocked for
 * ever from one that may still move: where the kernel has it sleeping and its signals. A deadlock
 * is only judged against this table, so a process the probe never traced is seen.
 *
 * @param processes by pid
 * @param kernel whether states, where each sleeps and signals are the kernel's; false where the
 *     JDK alone listed the processes ({@link Portable}), which leaves the probe's records to judge
 */
public record RunProcesses(Map<Long, Proc> processes, boolean kernel) {

  /**
   * One process.
   *
   * @param state the kernel's state letter (R, S, D, Z, ...)
   * @param wchan where the kernel has it sleeping ("do_wait" while it waits for a child), or ""
   * @param signalPending whether a signal is on its way to it
   * @param caughtSignals the signals it has handlers for, as a mask (bit n-1 for signal n); every
   *     bit set when they could not be read
   */
  public record Proc(long pid, long ppid, long session, char state, String wchan, boolean signalPending,
      long caughtSignals) {

    /** Not ended: a zombie or a dying process can no longer do anything. */
    public boolean live() {
      return state != 'Z' && state != 'X' && state != 'x';
    }
  }

  public RunProcesses {
    processes = Map.copyOf(processes);
  }

  /** A table read from the kernel's view. */
  public RunProcesses(Map<Long, Proc> processes) {
    this(processes, true);
  }

  /** A table of the given processes, read from the kernel's view (for tests and for the readers). */
  public static RunProcesses of(Collection<Proc> processes) {
    return new RunProcesses(byPid(processes), true);
  }

  /** A table of the given processes as the JDK alone lists them: pids and parents, nothing of the kernel's. */
  public static RunProcesses seenByTheJdk(Collection<Proc> processes) {
    return new RunProcesses(byPid(processes), false);
  }

  private static Map<Long, Proc> byPid(Collection<Proc> processes) {
    Map<Long, Proc> byPid = new LinkedHashMap<>();
    processes.forEach(proc -> byPid.put(proc.pid(), proc));
    return byPid;
  }

  public Optional<Proc> get(long pid) {
    return Optional.ofNullable(processes.get(pid));
  }

  public boolean live(long pid) {
    Proc proc = processes.get(pid);
    return proc != null && proc.live();
  }

  /** The live processes. */
  public List<Proc> liveProcesses() {
    return processes.values().stream().filter(Proc::live).sorted((a, b) -> Long.compare(a.pid(), b.pid())).toList();
  }
}

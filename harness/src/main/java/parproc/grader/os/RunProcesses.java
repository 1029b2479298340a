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
 */
public record RunProcesses(Map<Long, Proc> processes) {

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

  /** A table of the given processes (for tests and for the readers). */
  public static RunProcesses of(Collection<Proc> processes) {
    Map<Long, Proc> byPid = new LinkedHashMap<>();
    processes.forEach(proc -> byPid.put(proc.pid(), proc));
    return new RunProcesses(byPid);
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

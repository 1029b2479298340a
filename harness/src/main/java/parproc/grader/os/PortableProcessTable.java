package parproc.grader.os;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The processes as the JDK shows them: pids, parents and start times. There is no session, state
 * or owner to read ({@link ProcessTable.Entry#session()} is -1, the state {@code '?'}, the uid -1),
 * and no environment.
 */
final class PortableProcessTable implements ProcessTable {

  /** The state of a live process whose kernel state the JDK does not give. */
  static final char UNKNOWN_STATE = '?';

  @Override
  public List<Entry> all() {
    return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).map(PortableProcessTable::entry).toList();
  }

  @Override
  public Optional<Entry> find(long pid) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(PortableProcessTable::entry);
  }

  @Override
  public boolean anyRunningAs(int uid) {
    return false;
  }

  @Override
  public String environment(long pid) {
    return "";
  }

  /**
   * The graded process, its descendants and the traced pids still alive, as the JDK sees them:
   * a process that left the tree (an orphan whose parent ended) is seen only if the trace names it.
   */
  @Override
  public Optional<RunProcesses> ofRun(long root, Collection<Long> traced) {
    Map<Long, ProcessHandle> found = new LinkedHashMap<>();
    ProcessHandle.of(root).ifPresent(top -> {
      found.put(top.pid(), top);
      top.descendants().forEach(d -> found.putIfAbsent(d.pid(), d));
    });
    for (long pid : traced) {
      ProcessHandle.of(pid).ifPresent(handle -> found.putIfAbsent(pid, handle));
    }
    List<RunProcesses.Proc> processes = found.values().stream().filter(ProcessHandle::isAlive)
        .map(handle -> new RunProcesses.Proc(handle.pid(), handle.parent().map(ProcessHandle::pid).orElse(0L), -1,
            UNKNOWN_STATE, "", false, 0))
        .toList();
    return Optional.of(RunProcesses.seenByTheJdk(processes));
  }

  /** A process, started at the JDK's start time in milliseconds since the epoch (0 when unknown). */
  static Entry entry(ProcessHandle handle) {
    long started = handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    return new Entry(handle.pid(), handle.parent().map(ProcessHandle::pid).orElse(0L), -1, UNKNOWN_STATE, started, -1);
  }
}

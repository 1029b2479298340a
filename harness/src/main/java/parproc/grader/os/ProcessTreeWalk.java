package parproc.grader.os;

import java.util.List;
import java.util.Map;

/**
 * The walk of a started process's tree from the JDK's process handles and a process table: what
 * the JDK sees (the process and its descendants), then what only the table shows (sessions,
 * environments, start times).
 */
final class ProcessTreeWalk implements ProcessTrees {

  private final ProcessTable table;

  ProcessTreeWalk(ProcessTable table) {
    this.table = table;
  }

  @Override
  public List<ProcessHandle> members(ProcessHandle top, String marker, long sinceTicks) {
    Map<Long, ProcessHandle> members = ProcessTrees.seenByTheJdk(top);
    for (ProcessTable.Entry entry : table.all()) {
      if (!entry.running() || members.containsKey(entry.pid()) || entry.startTicks() < sinceTicks) {
        continue;
      }
      // The session counts only while its leader lives: once it is gone, its pid (and so a new
      // session's number) may belong to a process outside the run; orphans carry the marker.
      boolean inSession = entry.session() == top.pid() && top.isAlive();
      if (inSession || table.environment(entry.pid()).contains(marker)) {
        ProcessHandle.of(entry.pid()).ifPresent(handle -> members.put(entry.pid(), handle));
      }
    }
    // A handle may outlive its process as a zombie, which the table tells apart.
    return members.values().stream()
        .filter(handle -> table.find(handle.pid()).map(ProcessTable.Entry::running).orElse(handle.isAlive()))
        .toList();
  }

  @Override
  public void kill(ProcessHandle process) {
    // A handle knows its process's start time, so a pid taken by another process since is spared.
    process.destroyForcibly();
  }
}

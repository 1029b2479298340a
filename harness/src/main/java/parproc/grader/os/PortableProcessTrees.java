package parproc.grader.os;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run's processes without the kernel's tables: the graded process and its descendants, as the
 * JDK sees them, and on POSIX the members of the process group the runner made, which keeps the
 * orphans whose parent ended. What neither holds (a process that left both with os.setsid(), or
 * setpgid) is not found; the marker in the environment cannot be read here.
 */
final class PortableProcessTrees implements ProcessTrees {

  private final ProcessGroups groups;

  PortableProcessTrees(ProcessGroups groups) {
    this.groups = groups;
  }

  /**
   * {@code top} and its descendants, and the members of the group {@code top} leads that started
   * no earlier than {@code sinceTicks} (milliseconds since the epoch, as {@link
   * PortableProcessTable} gives start times); {@code marker} cannot be read without /proc.
   */
  @Override
  public List<ProcessHandle> members(ProcessHandle top, String marker, long sinceTicks) {
    Map<Long, ProcessHandle> members = ProcessTrees.seenByTheJdk(top);
    members.values().removeIf(handle -> !handle.isAlive());
    for (long pid : groups.members(top.pid())) {
      if (!members.containsKey(pid)) {
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
            .filter(handle -> handle.info().startInstant().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE) >= sinceTicks)
            .ifPresent(handle -> members.put(pid, handle));
      }
    }
    return List.copyOf(members.values());
  }

  @Override
  public void kill(ProcessHandle process) {
    // A handle knows its process's start time, so a pid taken by another process since is spared.
    process.destroyForcibly();
  }
}

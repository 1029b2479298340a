package parproc.grader.os;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    Set<Long> pids = new HashSet<>();
    List<ProcessHandle> members = new ArrayList<>();
    if (top.isAlive()) {
      pids.add(top.pid());
      members.add(top);
    }
    top.descendants().filter(ProcessHandle::isAlive).forEach(d -> {
      if (pids.add(d.pid())) {
        members.add(d);
      }
    });
    for (long pid : groups.members(top.pid())) {
      if (pids.contains(pid)) {
        continue;
      }
      ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
          .filter(handle -> handle.info().startInstant().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE) >= sinceTicks)
          .ifPresent(handle -> {
            pids.add(pid);
            members.add(handle);
          });
    }
    return members;
  }

  @Override
  public void kill(ProcessHandle process) {
    // A handle knows its process's start time, so a pid taken by another process since is spared.
    process.destroyForcibly();
  }
}

package parproc.grader.os;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the processes that belong to a process the grader started, when no uid or cgroup of their
 * own tells them apart, and stops them.
 */
public interface ProcessTrees {

  /**
   * The processes of {@code top}'s tree still running: {@code top} itself and its descendants, the
   * members of its session while it lives (a session is named after its leader, whose pid another
   * process may take once it is gone), and processes whose environment holds {@code marker}
   * (orphans that left the session). Each of the last two only if it started no earlier than
   * {@code sinceTicks} ({@link ProcessTable.Entry#startTicks()}): nothing that started before the
   * run can be the run's.
   *
   * @param marker an entry of the environment, NAME=value, that only the run's processes carry
   */
  List<ProcessHandle> members(ProcessHandle top, String marker, long sinceTicks);

  /**
   * What the JDK sees of {@code top}'s tree, by pid in the order found: {@code top} while it lives,
   * and its descendants (a descendant may have ended since, or be a zombie).
   */
  static Map<Long, ProcessHandle> seenByTheJdk(ProcessHandle top) {
    Map<Long, ProcessHandle> tree = new LinkedHashMap<>();
    if (top.isAlive()) {
      tree.put(top.pid(), top);
    }
    top.descendants().forEach(descendant -> tree.putIfAbsent(descendant.pid(), descendant));
    return tree;
  }

  /** Stops the process at once, without a chance to catch it (SIGKILL where POSIX). */
  void kill(ProcessHandle process);
}

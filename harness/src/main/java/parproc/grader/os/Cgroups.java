package parproc.grader.os;

import java.util.Optional;

/**
 * Control groups (version 1), in which the grader caps what all the processes of a run use
 * together: memory, and how many exist at once.
 */
public interface Cgroups {

  /**
   * The grader's own memory and pids groups, under which each run's groups are made, when both
   * controllers are mounted as version 1 and the grader may make groups in them; empty otherwise.
   */
  Optional<CgroupParents> parents();
}

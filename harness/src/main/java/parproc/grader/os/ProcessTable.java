package parproc.grader.os;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The system's processes as the kernel's process table shows them: who runs as which uid, in
 * which session, in which state, with which environment, and the processes of a live run.
 *
 * <p>Every reader answers with what it could read: a process that ended while it was read, or
 * that the grader may not read, is not there; where there is no table to read at all, the lists
 * are empty, {@link #anyRunningAs} is false and {@link #ofRun} is empty.
 */
public interface ProcessTable {

  /**
   * One process.
   *
   * @param state the kernel's state letter (R running, S sleeping, D in the disk, Z zombie, X dead, ...)
   * @param startTicks when it started, in the system's own unit (Linux: clock ticks since boot),
   *     comparable only with another process's
   * @param uid who it runs as (see each reader for which uid)
   */
  record Entry(long pid, long ppid, long session, char state, long startTicks, int uid) {

    /** Not ended: a zombie's or a dead process's pid may be taken by another. */
    public boolean running() {
      return state != 'Z' && state != 'X';
    }
  }

  /**
   * Every process now, zombies included, each with the uid that owns its entry in the table (the
   * user it runs as, read in one look for all of them).
   */
  List<Entry> all();

  /** One process, with its real uid, if it exists. */
  Optional<Entry> find(long pid);

  /** True while a live process runs as the uid (as the owner of its entry in the table shows it). */
  boolean anyRunningAs(int uid);

  /** The initial environment of a process, NUL between entries (readable by root or its owner), or "" if not. */
  String environment(long pid);

  /**
   * The real processes of a live run: its session (the runner makes one per run, led by
   * {@code root}), every descendant of {@code root}, and every pid of {@code traced} (the pids the
   * run's trace names); empty when the table cannot be read, which leaves nothing to judge.
   */
  Optional<RunProcesses> ofRun(long root, Collection<Long> traced);
}

package parproc.grader.os;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operating system the grader runs on, as the few things it needs from it: its processes, its
 * cgroups, its namespaces and a way to find and stop a tree of processes.
 *
 * <p>Each part answers "nothing" (empty, false, no groups) where the system does not give it, so
 * that the grader falls back as it would on a system without it: the time limit instead of a
 * deadlock verdict, no caps beyond the per-process limits.
 */
public interface OperatingSystem {

  /** The system's processes: ids, sessions, states, owners, environments. */
  ProcessTable processTable();

  /** Control groups, in which a run's memory and processes are capped together. */
  Cgroups cgroups();

  /** Namespaces' paths, where the system has namespaces; empty where it has none. */
  Optional<Namespaces> namespaces();

  /** The walk of a started process's tree, and its kill. */
  ProcessTrees processTrees();

  /** What processes share and leave behind them: System V IPC, shared-memory files. */
  SharedObjects sharedObjects();

  /**
   * Whether the process table's view of a run is the kernel's (sessions, states, where a process
   * sleeps, its signals), as Linux's /proc gives it; false where only the JDK's process API is
   * read ({@link Portable}), and a deadlock is judged from the probe's records alone.
   */
  default boolean kernelView() {
    return true;
  }

  /** What of Linux's view (/proc, cgroups, namespaces) this system lacks; empty where none. */
  default List<String> missing() {
    return List.of();
  }

  /** The system property that forces the portable view on Linux: {@code -Dparproc.os=portable}. */
  String PROPERTY = "parproc.os";

  /**
   * The system the grader runs on: Linux, read from its usual places ({@link Linux#standard()}),
   * where /proc is there; otherwise, or where {@code -Dparproc.os=portable} asks for it, the
   * portable view through the JDK's process API ({@link Portable#standard()}).
   */
  static OperatingSystem current() {
    return of(System.getProperty(PROPERTY), Files.isReadable(Path.of("/proc/self/stat")));
  }

  /** The system as {@code parproc.os} names it ("portable", "linux", or null for this machine's own). */
  static OperatingSystem of(String name, boolean procfs) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("portable") || (!wanted.equals("linux") && !procfs)) {
      return Portable.standard();
    }
    return Linux.standard();
  }
}

package parproc.grader.os;

import java.util.Optional;

/**
 * The operating system the grader runs on, as the few things it needs from it: its processes, its
 * CPU counters, its cgroups, its namespaces and a way to find and stop a tree of processes.
 *
 * <p>Each part answers "nothing" (empty, false, no groups) where the system does not give it, so
 * that the grader falls back as it would on a system without it: the time limit instead of a
 * deadlock verdict, the cores instead of their idle time, no caps beyond the per-process limits.
 */
public interface OperatingSystem {

  /** The system's processes: ids, sessions, states, owners, environments. */
  ProcessTable processTable();

  /** The machine's CPU counters: how long its cores sat idle. */
  CpuCounters cpuCounters();

  /** Control groups, in which a run's memory and processes are capped together. */
  Cgroups cgroups();

  /** Namespaces' paths, where the system has namespaces; empty where it has none. */
  Optional<Namespaces> namespaces();

  /** The walk of a started process's tree, and its kill. */
  ProcessTrees processTrees();

  /** What processes share and leave behind them: System V IPC, shared-memory files. */
  SharedObjects sharedObjects();

  /**
   * The system the grader runs on: Linux, read from its usual places ({@link Linux#standard()}).
   * On a system without them (macOS) every reader finds nothing, which the grader takes as a
   * system that gives nothing.
   */
  static OperatingSystem current() {
    return Linux.standard();
  }
}

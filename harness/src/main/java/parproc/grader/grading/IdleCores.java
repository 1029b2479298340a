package parproc.grader.grading;

import java.util.Optional;
import parproc.grader.os.CpuCounters;
import parproc.grader.os.OperatingSystem;

/**
 * How many of the machine's cores sat idle over a stretch of time, from the kernel's CPU
 * counters: what lets the grader start another run while the ones under way leave a core unused
 * (they pause for the probe, print, start children).
 */
interface IdleCores {

  /** The counters now, or empty where the machine does not give them. */
  Optional<Reading> read();

  /** The machine's counters at one moment, in the kernel's ticks. */
  record Reading(long idle, long total, int cores) {

    /** Idle cores, on average, from {@code earlier} to this reading; 0 when no tick passed. */
    double idleSince(Reading earlier) {
      long total = this.total - earlier.total;
      return total <= 0 ? 0 : (double) (this.idle - earlier.idle) / total * cores;
    }
  }

  /** The counters of the machine the grader runs on, where they are its own (see {@link #of}). */
  static IdleCores ofThisMachine() {
    return of(OperatingSystem.current().cpuCounters());
  }

  /**
   * The counters where they are this grader's own: they sum every core of the machine, so in a
   * container limited to fewer cores than the machine has, an idle machine would say nothing of
   * this container's cores, and runs are admitted by their count alone.
   */
  static IdleCores of(CpuCounters counters) {
    if (counters.cores().orElse(-1) != Runtime.getRuntime().availableProcessors()) {
      return NONE;
    }
    return () -> counters.sinceBoot()
        .map(ticks -> new Reading(ticks.idle(), ticks.total(), Runtime.getRuntime().availableProcessors()));
  }

  /** Never idle: runs are admitted by the count of runs that compute alone. */
  IdleCores NONE = Optional::empty;
}

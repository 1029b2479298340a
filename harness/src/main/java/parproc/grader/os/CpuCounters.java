package parproc.grader.os;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The machine's CPU counters: how many of the kernel's ticks its cores spent, and how many of
 * those idle, since it started. Two readings apart tell how many cores sat idle in between.
 */
public interface CpuCounters {

  /** Ticks summed over every core: {@code idle} of {@code total} were idle or waiting for a disk. */
  record Ticks(long idle, long total) {}

  /** The counters now, or empty where the machine does not give them. */
  Optional<Ticks> sinceBoot();

  /** How many cores the counters sum, or empty where the machine does not say. */
  OptionalInt cores();
}

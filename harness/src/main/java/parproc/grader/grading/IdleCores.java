package parproc.grader.grading;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How many of the machine's cores sat idle over a stretch of time, from the kernel's CPU
 * counters ({@code /proc/stat}): what lets the grader start another run while the ones under way
 * leave a core unused (they pause for the probe, print, start children).
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

  /**
   * The machine's counters where they are this grader's own: /proc/stat sums every core of the
   * machine, so in a container limited to fewer cores than the machine has, an idle machine
   * would say nothing of this container's cores, and runs are admitted by their count alone.
   */
  static IdleCores ofThisMachine() {
    try {
      long cores = Files.readAllLines(Path.of("/proc/stat")).stream().filter(line -> line.matches("cpu\\d+ .*")).count();
      return cores == Runtime.getRuntime().availableProcessors() ? MACHINE : NONE;
    } catch (IOException | RuntimeException e) {
      return NONE;
    }
  }

  /** The machine's own counters: the first line of /proc/stat, summed over every core. */
  IdleCores MACHINE = () -> {
    try {
      // The first line only: the rest (a line per core, the interrupt counts) is read many times a second for nothing.
      try (BufferedReader in = Files.newBufferedReader(Path.of("/proc/stat"))) {
        return Optional.of(parse(in.readLine(), Runtime.getRuntime().availableProcessors()));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  };

  /** Never idle: runs are admitted by the count of runs that compute alone. */
  IdleCores NONE = Optional::empty;

  /** Parses "cpu user nice system idle iowait irq softirq steal ...": idle and iowait are idle. */
  static Reading parse(String line, int cores) {
    String[] fields = line.trim().split("\\s+");
    if (!fields[0].equals("cpu")) {
      throw new IllegalArgumentException("not the machine's cpu line: " + line);
    }
    long total = 0;
    // guest and guest_nice (fields 9 and 10) are counted in user and nice already.
    for (int index = 1; index < Math.min(fields.length, 9); index++) {
      total += Long.parseLong(fields[index]);
    }
    long idle = Long.parseLong(fields[4]) + (fields.length > 5 ? Long.parseLong(fields[5]) : 0);
    return new Reading(idle, total, cores);
  }
}

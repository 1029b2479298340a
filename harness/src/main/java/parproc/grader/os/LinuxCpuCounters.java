package parproc.grader.os;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/** Linux's CPU counters: procfs's stat file, a line for the whole machine, then a line per core. */
final class LinuxCpuCounters implements CpuCounters {

  private final Path stat;

  LinuxCpuCounters(Path proc) {
    this.stat = proc.resolve("stat");
  }

  @Override
  public Optional<Ticks> sinceBoot() {
    // The first line only: the rest (a line per core, the interrupt counts) is read many times a second for nothing.
    try (BufferedReader in = Files.newBufferedReader(stat)) {
      return Optional.of(parse(in.readLine()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public OptionalInt cores() {
    try {
      return OptionalInt.of((int) Files.readAllLines(stat).stream().filter(line -> line.matches("cpu\\d+ .*")).count());
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  /** Parses "cpu user nice system idle iowait irq softirq steal ...": idle and iowait are idle. */
  static Ticks parse(String line) {
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
    return new Ticks(idle, total);
  }
}

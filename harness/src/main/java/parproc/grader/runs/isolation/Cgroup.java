package parproc.grader.runs.isolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run's own pair of cgroups (version 1): a memory group capping what all its processes use
 * together, and a pids group capping how many exist at once. Each is made under the grader's
 * own group, named after the grader's pid and a counter, so two graders never share one.
 */
final class Cgroup {

  private static final Path ROOT = Path.of("/sys/fs/cgroup");
  private static final AtomicLong COUNTER = new AtomicLong();

  private final Path memory;
  private final Path pids;

  private Cgroup(Path memory, Path pids) {
    this.memory = memory;
    this.pids = pids;
  }

  /** The grader's own memory and pids groups, when both controllers are mounted as version 1 and writable. */
  static Optional<Path[]> bases() {
    Path memory = own("memory");
    Path pids = own("pids");
    if (memory == null || pids == null) {
      return Optional.empty();
    }
    Path memoryTest = memory.resolve("parproc-probe-" + ProcessHandle.current().pid());
    Path pidsTest = pids.resolve("parproc-probe-" + ProcessHandle.current().pid());
    try {
      Files.createDirectory(memoryTest);
      Files.createDirectory(pidsTest);
      return Optional.of(new Path[] {memory, pids});
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    } finally {
      removeQuietly(memoryTest);
      removeQuietly(pidsTest);
    }
  }

  /** The folder of this process's group under a version-1 controller, or null. */
  private static Path own(String controller) {
    Path mount = ROOT.resolve(controller);
    if (!Files.isRegularFile(mount.resolve("cgroup.procs"))) {
      return null;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"), StandardCharsets.UTF_8)) {
        String[] fields = line.split(":", 3);
        if (fields.length == 3 && List.of(fields[1].split(",")).contains(controller)) {
          Path group = mount.resolve(fields[2].replaceFirst("^/", ""));
          return Files.isDirectory(group) ? group : mount;
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** Makes the groups of one run with its caps. */
  static Cgroup create(Path[] bases, long memoryBytes, int processes) throws IOException {
    String name = "parproc-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    Path memory = bases[0].resolve(name);
    Path pids = bases[1].resolve(name);
    Files.createDirectory(memory);
    try {
      Files.createDirectory(pids);
      write(memory.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
      write(pids.resolve("pids.max"), Integer.toString(processes));
    } catch (IOException e) {
      removeQuietly(pids);
      removeQuietly(memory);
      throw e;
    }
    return new Cgroup(memory, pids);
  }

  /** The files a process writes its pid to, to join both groups. */
  List<Path> joinFiles() {
    return List.of(memory.resolve("cgroup.procs"), pids.resolve("cgroup.procs"));
  }

  /** Pids in the group: every process of the run (a member cannot leave it). */
  List<Long> members() {
    List<Long> members = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(pids.resolve("cgroup.procs"), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          members.add(Long.parseLong(line.strip()));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // a group being removed has no members
    }
    return members;
  }

  /** True when the kernel killed a process of the run for going over the memory cap. */
  boolean memoryCapHit() {
    return counter(memory.resolve("memory.oom_control"), "oom_kill") > 0;
  }

  /** Highest memory use of the run, in bytes. */
  long peakMemory() {
    try {
      return Long.parseLong(Files.readString(memory.resolve("memory.max_usage_in_bytes")).strip());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /** True when a fork or thread was refused for going over the process cap. */
  boolean processCapHit() {
    return counter(pids.resolve("pids.events"), "max") > 0;
  }

  private static long counter(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length == 2 && fields[0].equals(key)) {
          return Long.parseLong(fields[1]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  /** Removes both groups; they must be empty, which the run's sweep makes sure of. */
  void remove() {
    for (int attempt = 0; attempt < 50; attempt++) {
      removeQuietly(pids);
      removeQuietly(memory);
      if (!Files.exists(pids) && !Files.exists(memory)) {
        return;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void write(Path file, String value) throws IOException {
    Files.writeString(file, value);
  }

  private static void removeQuietly(Path group) {
    try {
      Files.deleteIfExists(group);
    } catch (IOException e) {
      // still busy: the caller tries again
    }
  }
}

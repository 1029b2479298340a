package parproc.grader.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's own pair of cgroups (version 1): a memory group capping what all its processes use
 * together, and a pids group capping how many exist at once. Made by {@link CgroupParents#create}.
 */
public final class RunCgroup {

  private final Path memory;
  private final Path pids;

  RunCgroup(Path memory, Path pids) {
    this.memory = memory;
    this.pids = pids;
  }

  /** The files a process writes its pid to, to join both groups. */
  public List<Path> joinFiles() {
    return List.of(memory.resolve("cgroup.procs"), pids.resolve("cgroup.procs"));
  }

  /** Pids in the group: every process of the run (a member cannot leave it). */
  public List<Long> members() {
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
  public boolean memoryCapHit() {
    return counter(memory.resolve("memory.oom_control"), "oom_kill") > 0;
  }

  /** Highest memory use of the run, in bytes. */
  public long peakMemory() {
    try {
      return Long.parseLong(Files.readString(memory.resolve("memory.max_usage_in_bytes")).strip());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /** True when a fork or thread was refused for going over the process cap. */
  public boolean processCapHit() {
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
  public void remove() {
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

  static void removeQuietly(Path group) {
    try {
      Files.deleteIfExists(group);
    } catch (IOException e) {
      // still busy: the caller tries again
    }
  }
}

package parproc.grader.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The grader's own memory and pids groups (version 1), in which each run gets a pair of groups of
 * its own, named after the grader's pid and a counter, so two graders never share one.
 *
 * @param memory the folder of the grader's memory group
 * @param pids the folder of the grader's pids group
 */
public record CgroupParents(Path memory, Path pids) {

  private static final AtomicLong COUNTER = new AtomicLong();

  /** Makes the groups of one run with its caps. */
  public RunCgroup create(long memoryBytes, int processes) throws IOException {
    String name = "parproc-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    Path runMemory = memory.resolve(name);
    Path runPids = pids.resolve(name);
    Files.createDirectory(runMemory);
    try {
      Files.createDirectory(runPids);
      Files.writeString(runMemory.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
      Files.writeString(runPids.resolve("pids.max"), Integer.toString(processes));
    } catch (IOException e) {
      RunCgroup.removeQuietly(runPids);
      RunCgroup.removeQuietly(runMemory);
      throw e;
    }
    return new RunCgroup(runMemory, runPids);
  }
}

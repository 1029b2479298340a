package parproc.grader.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Linux's cgroups of version 1: a hierarchy per controller under the cgroup root, and the groups
 * of the grader's own process in procfs's self/cgroup.
 */
record LinuxCgroups(Path proc, Path root) implements Cgroups {

  @Override
  public Optional<CgroupParents> parents() {
    Path memory = own("memory");
    Path pids = own("pids");
    if (memory == null || pids == null) {
      return Optional.empty();
    }
    // Only a group made and removed shows that the grader may make the runs' groups there.
    Path memoryTest = memory.resolve("parproc-probe-" + ProcessHandle.current().pid());
    Path pidsTest = pids.resolve("parproc-probe-" + ProcessHandle.current().pid());
    try {
      Files.createDirectory(memoryTest);
      Files.createDirectory(pidsTest);
      return Optional.of(new CgroupParents(memory, pids));
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    } finally {
      RunCgroup.removeQuietly(memoryTest);
      RunCgroup.removeQuietly(pidsTest);
    }
  }

  /** The folder of this process's group under a version-1 controller, or null. */
  private Path own(String controller) {
    Path mount = root.resolve(controller);
    if (!Files.isRegularFile(mount.resolve("cgroup.procs"))) {
      return null;
    }
    try {
      for (String line : Files.readAllLines(proc.resolve("self").resolve("cgroup"), StandardCharsets.UTF_8)) {
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
}

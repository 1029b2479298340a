package parproc.grader.os;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Linux, read from procfs and the cgroup file system; both roots may point at a folder built to
 * look like them, for tests.
 */
public final class Linux implements OperatingSystem {

  private static final Linux STANDARD = new Linux(Path.of("/proc"), Path.of("/sys/fs/cgroup"), Path.of("/dev/shm"));

  private final ProcessTable processTable;
  private final Cgroups cgroups;
  private final Namespaces namespaces;
  private final ProcessTrees processTrees;
  private final SharedObjects sharedObjects;

  private Linux(Path proc, Path cgroupRoot, Path shm) {
    this.processTable = new LinuxProcessTable(proc);
    this.cgroups = new LinuxCgroups(proc, cgroupRoot);
    this.namespaces = new LinuxNamespaces(proc);
    this.processTrees = new ProcessTreeWalk(processTable);
    this.sharedObjects = new LinuxSharedObjects(proc, shm);
  }

  /** Linux where it keeps them: procfs at /proc, cgroups at /sys/fs/cgroup. */
  public static Linux standard() {
    return STANDARD;
  }

  /** Linux with procfs at {@code proc} and the cgroup file system at {@code cgroupRoot}. */
  public static Linux at(Path proc, Path cgroupRoot) {
    return new Linux(proc, cgroupRoot, proc.resolveSibling("shm"));
  }

  /** Linux with procfs, cgroups and the shared-memory folder at the given roots. */
  public static Linux at(Path proc, Path cgroupRoot, Path shm) {
    return new Linux(proc, cgroupRoot, shm);
  }

  @Override
  public ProcessTable processTable() {
    return processTable;
  }

  @Override
  public Cgroups cgroups() {
    return cgroups;
  }

  /** Always: whether this kernel lets the grader make namespaces is for the grader to try. */
  @Override
  public Optional<Namespaces> namespaces() {
    return Optional.of(namespaces);
  }

  @Override
  public ProcessTrees processTrees() {
    return processTrees;
  }

  @Override
  public SharedObjects sharedObjects() {
    return sharedObjects;
  }

  /** A process's namespaces are files in its procfs folder. */
  private record LinuxNamespaces(Path proc) implements Namespaces {

    @Override
    public Path mountNamespace(long pid) {
      return proc.resolve(Long.toString(pid)).resolve("ns").resolve("mnt");
    }

    @Override
    public Path processFolder() {
      return proc;
    }
  }
}

package parproc.grader.os;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Linux, read from procfs and the cgroup file system; both roots may point at a folder built to
 * look like them, for tests.
 */
public final class Linux implements OperatingSystem {

  private static final Linux STANDARD = at(Path.of("/proc"), Path.of("/sys/fs/cgroup"));

  private final ProcessTable processTable;
  private final CpuCounters cpuCounters;
  private final Cgroups cgroups;
  private final Namespaces namespaces;
  private final ProcessTrees processTrees;

  private Linux(Path proc, Path cgroupRoot) {
    this.processTable = new LinuxProcessTable(proc);
    this.cpuCounters = new LinuxCpuCounters(proc);
    this.cgroups = new LinuxCgroups(proc, cgroupRoot);
    this.namespaces = new LinuxNamespaces(proc);
    this.processTrees = new ProcessTreeWalk(processTable);
  }

  /** Linux where it keeps them: procfs at /proc, cgroups at /sys/fs/cgroup. */
  public static Linux standard() {
    return STANDARD;
  }

  /** Linux with procfs at {@code proc} and the cgroup file system at {@code cgroupRoot}. */
  public static Linux at(Path proc, Path cgroupRoot) {
    return new Linux(proc, cgroupRoot);
  }

  @Override
  public ProcessTable processTable() {
    return processTable;
  }

  @Override
  public CpuCounters cpuCounters() {
    return cpuCounters;
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

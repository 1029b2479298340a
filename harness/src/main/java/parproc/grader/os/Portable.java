package parproc.grader.os;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A system seen only through the JDK's process API: macOS, Windows, a container without /proc, or
 * Linux when the portable mode is forced ({@code --portable}, {@code -Dparproc.os=portable}).
 * Processes and their parents come from {@link ProcessHandle}; on POSIX, the run's process group
 * (the runner makes the run a session and group of its own) from {@code ps}; there are no
 * cgroups or namespaces, and no kernel state of a process: a deadlock is judged from
 * the probe's wait records alone ({@link RunProcesses#kernel()} is false).
 */
public final class Portable implements OperatingSystem {

  private static final Portable STANDARD = new Portable(missingHere(), isPosix());

  private final List<String> missing;
  private final ProcessTable processTable;
  private final ProcessTrees processTrees;

  Portable(List<String> missing, boolean posix) {
    this.missing = List.copyOf(missing);
    this.processTable = new PortableProcessTable();
    this.processTrees = new PortableProcessTrees(posix ? ProcessGroups.listedByPs() : ProcessGroups.NONE);
  }

  /** The portable view of this machine. */
  public static Portable standard() {
    return STANDARD;
  }

  @Override
  public ProcessTable processTable() {
    return processTable;
  }

  @Override
  public Cgroups cgroups() {
    return Optional::empty;
  }

  @Override
  public Optional<Namespaces> namespaces() {
    return Optional.empty();
  }

  @Override
  public ProcessTrees processTrees() {
    return processTrees;
  }

  /** Nothing to list: without the kernel's tables the grader leaves them to the system. */
  @Override
  public SharedObjects sharedObjects() {
    return new SharedObjects() {
      @Override
      public List<Ipc> ipcOwnedBy(int uid) {
        return List.of();
      }

      @Override
      public List<String> removeAllOf(int uid) {
        return List.of();
      }
    };
  }

  @Override
  public boolean kernelView() {
    return false;
  }

  /**
   * What of Linux's view this machine lacks ("/proc", "cgroups", "namespaces"); empty on a Linux
   * that has them all, where the portable mode was forced.
   */
  @Override
  public List<String> missing() {
    return missing;
  }

  /** What this machine lacks, looked at once. */
  static List<String> missingHere() {
    List<String> missing = new ArrayList<>();
    if (!Files.isReadable(Path.of("/proc/self/stat"))) {
      missing.add("/proc");
    }
    if (!Files.isDirectory(Path.of("/sys/fs/cgroup"))) {
      missing.add("cgroups");
    }
    if (!Files.exists(Path.of("/proc/self/ns/mnt"))) {
      missing.add("namespaces");
    }
    return missing;
  }

  private static boolean isPosix() {
    return !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }
}

package parproc.grader.os;

import java.nio.file.Path;

/** The paths by which the grader's helpers join a process's namespaces and show the kernel's processes inside one. */
public interface Namespaces {

  /** The file naming the mount namespace of a process, which nsenter and parproc-enter join. */
  Path mountNamespace(long pid);

  /**
   * The folder where the kernel shows its processes: a namespace's root mounts the kernel's
   * process folder again at this same path, where the runs' programs look for it.
   */
  Path processFolder();
}

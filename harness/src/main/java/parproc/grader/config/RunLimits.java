package parproc.grader.config;

/**
 * What one run may use besides time, as grading-config's {@code limits:} declares it; each
 * field left out keeps its default, which every correct program of the module stays well within.
 *
 * @param memoryMib memory of the whole run (every process together, where a cgroup can count it;
 *     otherwise of each process), in MiB
 * @param processes processes (and threads) alive at once in the run
 * @param cpuSeconds CPU time of each process, in seconds
 * @param fileMib size of any one file the run writes, in MiB (the probe's trace is never near it)
 * @param openFiles files open at once in each process
 */
public record RunLimits(Integer memoryMib, Integer processes, Integer cpuSeconds, Integer fileMib, Integer openFiles) {

  public static final RunLimits DEFAULTS = new RunLimits(null, null, null, null, null);

  public RunLimits {
    memoryMib = memoryMib == null ? 512 : memoryMib;
    processes = processes == null ? 128 : processes;
    cpuSeconds = cpuSeconds == null ? 60 : cpuSeconds;
    fileMib = fileMib == null ? 64 : fileMib;
    openFiles = openFiles == null ? 256 : openFiles;
  }
}

package parproc.grader.runs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import parproc.grader.config.RunLimits;

/**
 * One run to make: which function of which file, with what stdin and limits, and how the probe
 * behaves in it.
 *
 * @param races whether the probe pauses after writes and holds children at a start barrier
 * @param expectedChildren how many children the start barrier waits for (0: no barrier)
 * @param limits what the run may use besides time
 * @param startMethod the run's default start method (fork, spawn or forkserver), which a program
 *     that chooses its own does not see; null for the platform's own
 */
public record RunSpec(
    String exercise,
    int index,
    RunPurpose purpose,
    Path submission,
    Path file,
    String entry,
    Map<String, String> input,
    String stdin,
    long seed,
    Duration timeout,
    double sleepScale,
    boolean races,
    int expectedChildren,
    RunLimits limits,
    String startMethod) {

  public RunSpec {
    limits = limits == null ? RunLimits.DEFAULTS : limits;
  }

  /** A run with the platform's own start method. */
  public RunSpec(String exercise, int index, RunPurpose purpose, Path submission, Path file, String entry,
      Map<String, String> input, String stdin, long seed, Duration timeout, double sleepScale, boolean races,
      int expectedChildren, RunLimits limits) {
    this(exercise, index, purpose, submission, file, entry, input, stdin, seed, timeout, sleepScale, races,
        expectedChildren, limits, null);
  }

  /** A run with the default limits. */
  public RunSpec(String exercise, int index, RunPurpose purpose, Path submission, Path file, String entry,
      Map<String, String> input, String stdin, long seed, Duration timeout, double sleepScale, boolean races,
      int expectedChildren) {
    this(exercise, index, purpose, submission, file, entry, input, stdin, seed, timeout, sleepScale, races,
        expectedChildren, RunLimits.DEFAULTS);
  }
}

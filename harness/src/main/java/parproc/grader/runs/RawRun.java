package parproc.grader.runs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of a program left behind, exactly as captured: the recording unit. Every
 * report is computed from these, so a saved grading can be re-rendered without running Python.
 *
 * @param purpose "graded" for the exercise's runs, "shrink" for runs that look for a smaller
 *     failing input
 * @param pid the process id of the graded process (the parent)
 * @param exitCode the parent's exit status; -1 when it was killed at the time limit
 * @param timeoutMillis the time limit the run had
 * @param trace the probe's trace, one JSON record per line
 * @param harnessError why the harness could not run the program at all, or null
 * @param stopped which limit of the run stopped it ("stopped: used more than 512 MiB of
 *     memory"), or null
 */
public record RawRun(
    String exercise,
    int index,
    String purpose,
    Map<String, String> input,
    String stdin,
    long seed,
    long pid,
    int exitCode,
    boolean timedOut,
    long timeoutMillis,
    long durationMillis,
    byte[] stdout,
    boolean stdoutTruncated,
    byte[] stderr,
    boolean stderrTruncated,
    List<String> trace,
    boolean traceTruncated,
    String harnessError,
    String stopped) {

  /** A run that no limit stopped. */
  public RawRun(String exercise, int index, String purpose, Map<String, String> input, String stdin, long seed,
      long pid, int exitCode, boolean timedOut, long timeoutMillis, long durationMillis, byte[] stdout,
      boolean stdoutTruncated, byte[] stderr, boolean stderrTruncated, List<String> trace, boolean traceTruncated,
      String harnessError) {
    this(exercise, index, purpose, input, stdin, seed, pid, exitCode, timedOut, timeoutMillis, durationMillis, stdout,
        stdoutTruncated, stderr, stderrTruncated, trace, traceTruncated, harnessError, null);
  }

  public RawRun {
    input = input == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(input));
    stdin = stdin == null ? "" : stdin;
    stdout = stdout == null ? new byte[0] : stdout;
    stderr = stderr == null ? new byte[0] : stderr;
    trace = trace == null ? List.of() : List.copyOf(trace);
  }

  public String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  public String stderrText() {
    return new String(stderr, StandardCharsets.UTF_8);
  }
}

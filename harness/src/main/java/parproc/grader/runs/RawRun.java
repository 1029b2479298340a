package parproc.grader.runs;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of a program left behind, exactly as captured: the recording unit. Every
 * report is computed from these, so a saved grading can be re-rendered without running Python.
 *
 * @param purpose why the run was made: graded, or looking for a smaller failing input
 * @param pid the process id of the graded process (the parent)
 * @param exitCode the parent's exit status; -1 when it was killed at the time limit
 * @param timeoutMillis the time limit the run had
 * @param trace the probe's trace, one JSON record per line
 * @param harnessError why the harness could not run the program at all, or null
 * @param stopped why the harness ended the run before its time limit ({@link #DEADLOCK}, or a limit
 *     the run went over: "stopped: used more than 512 MiB of memory"), or why it never made it
 *     ({@link #SKIPPED}); null otherwise
 * @param leftRunning the pids of the run's processes still running after the graded process had
 *     ended by itself, that had left its session (os.setsid()); the grader stopped them. Empty
 *     when none was left, and in recordings made before this was recorded
 * @param traceTampered what the run was seen doing to the grader's record of it while it ran
 *     ("it was cut from 5,210 bytes to 0"), or null when nothing was seen
 * @param witness the kernel witness's record of the run, one event per line (see parproc-enter.c);
 *     null where no witness ran
 */
public record RawRun(
    String exercise,
    int index,
    RunPurpose purpose,
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
    String stopped,
    List<Long> leftRunning,
    String traceTampered,
    List<String> witness) {

  /** The run was ended at once because each of its processes waited for ever on another. */
  public static final String DEADLOCK = "deadlock";

  /** The run was never made: the exercise's first runs had all failed the same way. */
  public static final String SKIPPED = "skipped";

  public RawRun {
    input = input == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(input));
    stdin = stdin == null ? "" : stdin;
    stdout = stdout == null ? new byte[0] : stdout;
    stderr = stderr == null ? new byte[0] : stderr;
    trace = trace == null ? List.of() : List.copyOf(trace);
    leftRunning = leftRunning == null ? List.of() : List.copyOf(leftRunning);
    witness = witness == null ? null : List.copyOf(witness);
  }

  public String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  public String stderrText() {
    return new String(stderr, StandardCharsets.UTF_8);
  }

  /** A builder for a run of {@code exercise}; unset fields are empty, pid 0 and exit status -1. */
  public static Builder builder(String exercise, int index, RunPurpose purpose) {
    return new Builder(exercise, index, purpose);
  }

  /** A builder for a run of {@code spec}: its exercise, index, purpose, input, seed and time limit. */
  public static Builder builder(RunSpec spec) {
    return builder(spec.exercise(), spec.index(), spec.purpose()).input(spec.input(), spec.stdin())
        .seed(spec.seed()).timeoutMillis(spec.timeout().toMillis());
  }

  /** A builder holding this run, to change some of it. */
  public Builder toBuilder() {
    return builder(exercise, index, purpose).input(input, stdin).seed(seed).timeoutMillis(timeoutMillis)
        .ended(pid, exitCode, timedOut, durationMillis)
        .stdout(stdout, stdoutTruncated).stderr(stderr, stderrTruncated).trace(trace, traceTruncated)
        .harnessError(harnessError).stopped(stopped).leftRunning(leftRunning).traceTampered(traceTampered)
        .witness(witness);
  }

  /** Collects a run's parts by name. */
  public static final class Builder {
    private final String exercise;
    private final int index;
    private final RunPurpose purpose;
    private Map<String, String> input;
    private String stdin;
    private long seed;
    private long pid;
    private int exitCode = -1;
    private boolean timedOut;
    private long timeoutMillis;
    private long durationMillis;
    private byte[] stdout;
    private boolean stdoutTruncated;
    private byte[] stderr;
    private boolean stderrTruncated;
    private List<String> trace;
    private boolean traceTruncated;
    private String harnessError;
    private String stopped;
    private List<Long> leftRunning;
    private String traceTampered;
    private List<String> witness;

    private Builder(String exercise, int index, RunPurpose purpose) {
      this.exercise = exercise;
      this.index = index;
      this.purpose = purpose;
    }

    /** The generated input's values and the stdin made of them. */
    public Builder input(Map<String, String> input, String stdin) {
      this.input = input;
      this.stdin = stdin;
      return this;
    }

    public Builder seed(long seed) { this.seed = seed; return this; }

    /** The time limit the run had. */
    public Builder timeoutMillis(long timeoutMillis) { this.timeoutMillis = timeoutMillis; return this; }

    /**
     * How the run ended: the parent's pid and exit status (-1 when killed), whether the time
     * limit was reached, and how long it lasted.
     */
    public Builder ended(long pid, int exitCode, boolean timedOut, long durationMillis) {
      this.pid = pid;
      this.exitCode = exitCode;
      this.timedOut = timedOut;
      this.durationMillis = durationMillis;
      return this;
    }

    /** What the run wrote to stdout, and whether more was cut off. */
    public Builder stdout(byte[] stdout, boolean truncated) {
      this.stdout = stdout;
      this.stdoutTruncated = truncated;
      return this;
    }

    /** What the run wrote to stderr, and whether more was cut off. */
    public Builder stderr(byte[] stderr, boolean truncated) {
      this.stderr = stderr;
      this.stderrTruncated = truncated;
      return this;
    }

    /** The probe's trace records, and whether more were cut off. */
    public Builder trace(List<String> trace, boolean truncated) {
      this.trace = trace;
      this.traceTruncated = truncated;
      return this;
    }

    /** Why the harness could not run the program at all. */
    public Builder harnessError(String harnessError) { this.harnessError = harnessError; return this; }

    /** Why the harness ended the run early, before its time limit. */
    public Builder stopped(String stopped) { this.stopped = stopped; return this; }

    /** The run's processes that outlived the graded process, having left its session. */
    public Builder leftRunning(List<Long> leftRunning) { this.leftRunning = leftRunning; return this; }

    /** What the run was seen doing to the grader's record of it. */
    public Builder traceTampered(String traceTampered) { this.traceTampered = traceTampered; return this; }

    /** The kernel witness's record of the run. */
    public Builder witness(List<String> witness) { this.witness = witness; return this; }

    public RawRun build() {
      return new RawRun(exercise, index, purpose, input, stdin, seed, pid, exitCode, timedOut, timeoutMillis,
          durationMillis, stdout, stdoutTruncated, stderr, stderrTruncated, trace, traceTruncated, harnessError,
          stopped, leftRunning, traceTampered, witness);
    }
  }
}

package parproc.grader.grading;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import parproc.grader.HarnessException;
import parproc.grader.config.ConfigLoader;
import parproc.grader.config.GradingConfig;
import parproc.grader.os.OperatingSystem;
import parproc.grader.os.Portable;
import parproc.grader.results.GradeReport;
import parproc.grader.runs.ProbeFiles;
import parproc.grader.runs.ProcessRunner;
import parproc.grader.runs.PythonInterpreter;
import parproc.grader.runs.isolation.Isolation;
import parproc.grader.runs.isolation.IsolationMode;

/**
 * The grading core: grades submissions with a fixed number of run slots that every grading
 * shares. Create one per process (the CLI grades one submission with it, a class grading grades
 * every student's), call {@link #grade} or {@link #start} from any number of threads at once,
 * and close it at the end, which stops whatever still runs.
 *
 * <p>A run slot is one core's worth of computing: a run takes a slot while it computes and gives
 * it back while all its processes sleep or wait, so another run can start meanwhile. At most
 * {@link #RUNS_PER_SLOT} runs per slot, and one per {@link #MEMORY_PER_RUN} of the machine's
 * memory, are under way at once, which bounds memory whatever the number of gradings. Runs waiting for a core hold no thread; the next to start is
 * chosen when a core frees ({@link Admission.Rank}): runs of exercises whose
 * programs sleep, since they hold little CPU for long and the others fill the cores meanwhile, then
 * the rest in the order they are planned, so a grading started earlier tends to finish earlier.
 * No thread of the grader waits for a run; the threads that call {@code grade} wait for their own
 * grade.
 */
public final class Grader implements AutoCloseable {

  /**
   * Runs allowed to compute at once per core, by default. A run that counts as computing does not
   * fill its core all along (the probe pauses after writes, children start, output is read), so
   * twice the cores keeps them busy. Measured on 2 cores, ./grade reference-solutions --runs 20 in
   * 4 rounds, the order turned each round (medians): 15.15 s with 4 computing runs, 15.63 s with
   * 3, 17.44 s with 2 (the cores alone), and 15.78 s with the width that an earlier grader widened
   * and narrowed every 40 ms from the machine's CPU counters, which this constant replaces.
   */
  public static final int COMPUTING_PER_CORE = 2;

  /** How many runs may be under way at once per slot, most of them sleeping or waiting. */
  public static final int RUNS_PER_SLOT = 16;

  /** The memory counted for each run under way when the cap on runs is set: twice what the largest correct one uses. */
  static final long MEMORY_PER_RUN = 128L << 20;

  private final int slots;
  private final int runCap;
  private final Admission admission;
  private final Map<String, Python> pythons = new HashMap<>();
  private final Set<GradingRun> active = ConcurrentHashMap.newKeySet();
  private final Map<Path, GradingConfig> configs = new ConcurrentHashMap<>();
  private ProbeFiles probe;
  private volatile boolean closed;

  /**
   * A resolved interpreter, the isolation of its runs (which may run another interpreter, one
   * their own user can execute: {@code isolation.python()}), and the runner of its processes.
   */
  record Python(PythonInterpreter interpreter, Isolation isolation, ProcessRunner processes) {}

  private Grader(int slots, int runCap) {
    this.slots = slots;
    this.runCap = runCap;
    this.admission = new Admission(slots, runCap, "parproc-slot-");
  }

  /**
   * A grader with {@code slots} run slots, or {@link #COMPUTING_PER_CORE} per core when
   * {@code slots} is 0: the one place that default lives. The cap on runs under way counts the
   * cores (or the slots asked for), so the default's width adds no memory.
   */
  public static Grader open(int slots) {
    if (slots < 0) {
      throw new IllegalArgumentException("the number of run slots cannot be negative: " + slots);
    }
    if (slots > 0) {
      return new Grader(slots, runCap(slots, machineMemory()));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    return new Grader(COMPUTING_PER_CORE * cores, runCap(cores, machineMemory()));
  }

  /** How many runs compute at once. */
  public int slots() {
    return slots;
  }

  /** How many runs may be under way at once, computing or not. */
  public int runCap() {
    return runCap;
  }

  /** {@link #RUNS_PER_SLOT} per slot, within the machine's memory, and never fewer than the slots. */
  static int runCap(int slots, long memory) {
    long byMemory = memory > 0 ? memory / MEMORY_PER_RUN : Long.MAX_VALUE;
    return (int) Math.max(slots, Math.min((long) slots * RUNS_PER_SLOT, byMemory));
  }

  /** The machine's memory, or its container's where that has a limit; 0 when unknown. */
  private static long machineMemory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof OperatingSystemMXBean system) {
      return system.getTotalMemorySize();
    }
    return 0;
  }

  Admission admission() {
    return admission;
  }

  /** Grades one submission, waiting for its grade. */
  public GradeReport grade(GradingRequest request) {
    return grade(request, GradingListener.NONE);
  }

  /** Grades one submission, telling {@code listener} how it goes, and waits for its grade. */
  public GradeReport grade(GradingRequest request, GradingListener listener) {
    return start(request, listener).report().join();
  }

  /**
   * Starts grading one submission and returns with its plan, once grading-config is read, Python
   * resolved (once per command) and the submission surveyed (one short Python process); the runs
   * go on in the slots. A reason the grading cannot start at all (no Python 3, an unreadable
   * recording) is a grade with no exercise and that reason among its problems.
   */
  public Grading start(GradingRequest request, GradingListener listener) {
    if (closed) {
      throw new IllegalStateException("this grader is closed");
    }
    GradingRun run = new GradingRun(this, request, listener);
    active.add(run);
    run.report().whenComplete((report, error) -> active.remove(run));
    run.begin();
    return run.grading();
  }

  /**
   * The grading-config in {@code folder}, read once for the grader's life: every submission it
   * grades by that folder (a whole class) is graded by the same config, and a caller may read it
   * ahead, while Python is resolved.
   */
  public GradingConfig config(Path folder) {
    return configs.computeIfAbsent(folder, path -> new ConfigLoader().load(path));
  }

  /**
   * The interpreter a Python command names, resolved once per command for the grader's life
   * (each resolution starts Python).
   */
  public PythonInterpreter python(String command) throws HarnessException {
    return resolve(command, null, false).interpreter();
  }

  /**
   * The isolation of runs of a Python command, chosen once per command and mode (null: the
   * strongest the machine allows); a mode the machine does not allow is a {@link HarnessException}.
   */
  public Isolation isolation(String command, IsolationMode mode) throws HarnessException {
    return resolve(command, mode, false).isolation();
  }

  /**
   * As {@link #isolation(String, IsolationMode)}, in the portable mode when {@code portable}: the
   * runs' processes found and stopped through the JDK's process API alone, in isolation none.
   */
  public Isolation isolation(String command, IsolationMode mode, boolean portable) throws HarnessException {
    return resolve(command, mode, portable).isolation();
  }

  synchronized Python resolve(String command, IsolationMode mode, boolean portable) throws HarnessException {
    if (closed) {
      throw new HarnessException("the grader is closed");
    }
    String key = command + "\0" + (mode == null ? "auto" : mode.label()) + "\0" + portable;
    Python python = pythons.get(key);
    if (python == null) {
      if (probe == null) {
        probe = ProbeFiles.extract();
      }
      PythonInterpreter interpreter = PythonInterpreter.resolve(command);
      OperatingSystem system = portable ? Portable.standard() : OperatingSystem.current();
      Isolation isolation = Isolation.choose(mode, system, interpreter, probe);
      python = new Python(interpreter, isolation, new ProcessRunner(isolation, probe));
      pythons.put(key, python);
    }
    return python;
  }

  synchronized ProbeFiles probe() {
    return probe;
  }

  /**
   * Stops the grader: no run starts any more, running programs are killed, and every grading
   * still under way completes with its unfinished exercises as harness errors.
   */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    // The gradings end first, so that no run cut short here is judged as if it had ended.
    active.forEach(GradingRun::abandon);
    admission.close();
    synchronized (this) {
      pythons.values().forEach(python -> python.processes().close());
      if (probe != null) {
        probe.delete();
      }
    }
  }
}

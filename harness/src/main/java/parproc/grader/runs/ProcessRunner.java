package parproc.grader.runs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import parproc.grader.HarnessException;
import parproc.grader.os.FileTrees;
import parproc.grader.runs.isolation.Cage;
import parproc.grader.runs.isolation.Isolation;
import parproc.grader.runs.isolation.IsolationMode;
import parproc.grader.runs.isolation.RunEnvironment;

/**
 * Runs one program under the probe in a fresh Python process: builds its command and
 * environment, feeds its stdin, captures stdout, stderr and the trace with size limits, stops
 * every process of the run at the time limit, and cleans up its temporary files. Everything that
 * touches processes is here; how a run is kept apart from the rest is its {@link Cage}'s.
 */
public final class ProcessRunner implements AutoCloseable {

  /** The most of stdout kept per run. */
  public static final int STDOUT_LIMIT = 1 << 20;

  static final int STDERR_LIMIT = 256 << 10;
  static final int TRACE_LIMIT = 32 << 20;

  /** Printing more than this stops the run: no correct program comes near it. */
  public static final long STDOUT_FLOOD = 8L * STDOUT_LIMIT;

  /** What the runner writes on the status descriptor once the run's set-up has worked. */
  private static final String STARTED = "started\n";

  /** Longest pause the probe makes after each write, when it exposes races. */
  static final int PAUSE_MICROS = 2000;

  /** Longest wait of a child at the start barrier. */
  static final int BARRIER_MILLIS = 300;

  private final PythonInterpreter python;
  private final ProbeFiles probe;
  private final Isolation isolation;
  private final ExecutorService pumps =
      Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "parproc-pump");
        thread.setDaemon(true);
        return thread;
      });
  private final Set<ActiveRun> active = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;
  private final Thread shutdownHook = new Thread(this::killActive, "parproc-reaper");

  private record ActiveRun(Process process, Cage cage, Path runDir) {}

  /** A runner with the strongest isolation the machine allows. */
  public ProcessRunner(PythonInterpreter python, ProbeFiles probe) {
    this(chooseOrNone(python, probe), probe);
  }

  /** A runner whose runs are isolated as {@code isolation} says, with its interpreter. */
  public ProcessRunner(Isolation isolation, ProbeFiles probe) {
    this.isolation = isolation;
    this.python = isolation.python();
    this.probe = probe;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  private static Isolation chooseOrNone(PythonInterpreter python, ProbeFiles probe) {
    try {
      return Isolation.choose(null, python, probe);
    } catch (HarnessException e) {
      try {
        return Isolation.choose(IsolationMode.NONE, python, probe);
      } catch (HarnessException never) {
        throw new IllegalStateException(never);
      }
    }
  }

  /** The isolation the runs are in. */
  public Isolation isolation() {
    return isolation;
  }

  /**
   * The environment of every process of a run, set on purpose rather than inherited: the
   * harness's own environment may hold PYTHONPATH, PYTHONSTARTUP or, as on the machines this
   * was built on, PYTHONUNBUFFERED, and a grade must not depend on where the grader runs.
   */
  static Map<String, String> environment(RunSpec spec, Path home) {
    Map<String, String> env = RunEnvironment.base(home);
    // Set and dict iteration order follows the seed, so a grading reproduces from it.
    env.put("PYTHONHASHSEED", Long.toString(spec.seed() % 4_294_967_295L));
    env.put("PARPROC_SUBMISSION", spec.submission().toAbsolutePath().toString());
    env.put("PARPROC_SEED", Long.toString(spec.seed()));
    env.put("PARPROC_RACES", spec.races() ? "1" : "0");
    env.put("PARPROC_PAUSE_US", Integer.toString(PAUSE_MICROS));
    env.put("PARPROC_CHILDREN", Integer.toString(spec.expectedChildren()));
    env.put("PARPROC_BARRIER_MS", Integer.toString(BARRIER_MILLIS));
    env.put("PARPROC_SLEEP_SCALE", Double.toString(spec.sleepScale()));
    if (spec.startMethod() != null) {
      env.put("PARPROC_START_METHOD", spec.startMethod());
    }
    return env;
  }

  /** How often a watched run is looked at while it is live. */
  static final long WATCH_MILLIS = 15;

  /** Every how many looks the run's caps are read. */
  static final int CAP_LOOKS = 4;

  public RawRun run(RunSpec spec) {
    return run(spec, RunWatch.NONE);
  }

  /** Runs {@code spec}, letting {@code watch} end it early while it is live. */
  public RawRun run(RunSpec spec, RunWatch watch) {
    return run(spec, watch, cage -> List.of(probe.runner().toString(), cage.file().toString(), spec.entry()));
  }

  /**
   * Surveys what the named .py files of a submission define ({@code parproc_survey.py}), in a run
   * caged and limited as every run is: a file made to exhaust the parser costs only that run.
   *
   * @param spec the survey's run: its submission is the folder, its purpose {@link RunPurpose#SURVEY}
   */
  public RawRun survey(RunSpec spec, List<String> files) {
    return run(spec, RunWatch.NONE, cage -> {
      List<String> program = new ArrayList<>(List.of(probe.survey().toString(), cage.work().toString()));
      program.addAll(files);
      return program;
    });
  }

  /** Runs the probe's {@code program} (its script and arguments, given the run's cage) as {@code spec} says. */
  private RawRun run(RunSpec spec, RunWatch watch, Function<Cage, List<String>> program) {
    if (closing) {
      return failed(spec, "the grading was stopped");
    }
    Path runDir = null;
    try {
      runDir = isolation.newRunDir();
      return runIn(spec, runDir, watch, program);
    } catch (IOException e) {
      return failed(spec, "could not start Python: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(spec, "interrupted");
    } finally {
      deleteQuietly(runDir);
    }
  }

  private RawRun runIn(RunSpec spec, Path runDir, RunWatch watch, Function<Cage, List<String>> program)
      throws IOException, InterruptedException {
    try (Cage cage = isolation.cage(spec, runDir)) {
      return runCaged(spec, cage, runDir, watch, program);
    }
  }

  private RawRun runCaged(RunSpec spec, Cage cage, Path runDir, RunWatch watch, Function<Cage, List<String>> program)
      throws IOException, InterruptedException {
    List<String> interpreter = new ArrayList<>(List.of(python.executable().toString(),
        // The runner completes the site module's start itself, without the .pth files' start-up
        // hooks (-S), and with no user site (-s): nothing of the run's HOME runs before the probe.
        "-S", "-s"));
    interpreter.addAll(program.apply(cage));
    ProcessBuilder builder = new ProcessBuilder(cage.command(interpreter));
    builder.directory(cage.work().toFile());
    builder.environment().clear();
    // HOME is the run's temporary folder, not its copy of the submission: a submitted
    // .local/lib/python3.X/site-packages is nobody's user site.
    builder.environment().putAll(environment(spec, cage.tmp()));
    builder.environment().put("PARPROC_SUBMISSION", cage.work().toString());
    builder.environment().put("PARPROC_RUN", cage.token());
    builder.environment().put("TMPDIR", cage.tmp().toString());
    builder.environment().putAll(cage.channelEnvironment());
    builder.environment().put("PARPROC_STARTED", cage.tmp().resolve(".parproc-started").toString());
    // As a shell that started the program would have exported it, whichever set-up starts the run.
    builder.environment().put("PWD", cage.work().toString());
    try (TraceTail trace = TraceTail.open(cage.trace(), TRACE_LIMIT);
        WitnessTail witness = cage.witness().isPresent() ? WitnessTail.open(cage.witness().get()) : null) {
      return runWatched(spec, cage, runDir, watch, builder, trace, witness);
    }
  }

  /**
   * The graded program as the runner sees it: the process it started, or, under the kernel
   * witness, that process's child, whose pid and end the witness's record tells.
   */
  private record Program(Process process, WitnessTail witness) {

    /** Whether it ended within the wait; under the witness, as soon as the record says so. */
    boolean ended(long nanos) throws InterruptedException {
      if (witness == null) {
        return process.waitFor(nanos, TimeUnit.NANOSECONDS);
      }
      if (process.waitFor(nanos, TimeUnit.NANOSECONDS)) {
        return true;
      }
      witness.read();
      return witness.programStatus() != null;
    }

    boolean alive() {
      if (witness == null) {
        return process.isAlive();
      }
      witness.read();
      return process.isAlive() && witness.programStatus() == null;
    }

    /** Its pid: the witness's child once the record names it. */
    long pid() {
      if (witness != null) {
        witness.read();
        if (witness.program() > 0) {
          return witness.program();
        }
      }
      return process.pid();
    }

    /** Its exit status, as the witness saw it or as the process ended. */
    int exitCode() {
      if (witness != null) {
        witness.read();
        if (witness.programStatus() != null) {
          return witness.programStatus();
        }
      }
      return process.isAlive() ? -1 : process.exitValue();
    }
  }

  private RawRun runWatched(RunSpec spec, Cage cage, Path runDir, RunWatch watch, ProcessBuilder builder,
      TraceTail trace, WitnessTail witness) throws IOException, InterruptedException {
    long startNanos = System.nanoTime();
    Process process = builder.start();
    Program program = new Program(process, witness);
    cage.begun(process.pid());
    ActiveRun activeRun = new ActiveRun(process, cage, runDir);
    active.add(activeRun);
    boolean swept = false;
    try {
      if (closing) {
        // The grader was stopped while this run started, after its runs were swept.
        cage.sweep(process);
        swept = true;
        return failed(spec, "the grading was stopped");
      }
      BoundedCapture stdout = new BoundedCapture(process.getInputStream(), STDOUT_LIMIT, STDOUT_FLOOD,
          () -> pumps.submit(() -> cage.sweep(process)));
      BoundedCapture stderr = new BoundedCapture(process.getErrorStream(), STDERR_LIMIT);
      Future<?> out = pumps.submit(stdout);
      Future<?> err = pumps.submit(stderr);
      feed(process, spec.stdin());
      long deadline = startNanos + spec.timeout().toNanos();
      RunWatch.Watching watching = watch.begin(process.pid());
      String stopped = null;
      int looks = 0;
      boolean named = witness == null;
      boolean timedOut;
      try {
        while (true) {
          long wait = Math.min(remaining(deadline), TimeUnit.MILLISECONDS.toNanos(WATCH_MILLIS));
          if (program.ended(wait)) {
            timedOut = false;
            break;
          }
          if (!named && witness.program() > 0) {
            // The witness's child is the program: the session and start that tell its processes.
            cage.begun(witness.program());
            named = true;
          }
          if (remaining(deadline) == 0) {
            timedOut = true;
            break;
          }
          trace.read();
          stopped = watching.look(trace);
          // The kernel enforces the caps; this only ends a run that hit one sooner, so now and then is enough.
          if (stopped == null && ++looks % CAP_LOOKS == 0) {
            stopped = cage.capHit();
          }
          if (stopped != null) {
            timedOut = false;
            break;
          }
        }
      } finally {
        watching.ended();
      }
      if (!named) {
        // A short program may have started and ended between two looks: its session still tells
        // its processes (a forkserver outliving it) from a daemon.
        witness.read();
        if (witness.program() > 0) {
          cage.begun(witness.program());
        }
      }
      // The run lasts while any of its processes holds the output open: wait for both ends,
      // unless a cap of the run is hit meanwhile (a fork bomb's sleepers hold it open), or a
      // process that left the run's session holds it (a daemon: it would hold it to the limit).
      List<Long> leftRunning = List.of();
      while (!timedOut && stopped == null && leftRunning.isEmpty() && !(out.isDone() && err.isDone())) {
        if (remaining(deadline) == 0) {
          timedOut = true;
        } else {
          finished(out, Math.min(deadline, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WATCH_MILLIS)));
          stopped = cage.capHit();
          if (stopped == null && !stdout.flooded() && !(out.isDone() && err.isDone())) {
            leftRunning = leftRunning(cage, process, program, trace);
          }
        }
      }
      timedOut &= !stdout.flooded();
      long duration = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
      // The program ended by itself: what of it still runs outside its session is a daemon.
      if (leftRunning.isEmpty() && !timedOut && stopped == null && !stdout.flooded()) {
        leftRunning = leftRunning(cage, process, program, trace);
      }
      // Stops what is left: everything, at the time limit; otherwise processes that outlived
      // the run but closed its output (a daemon), so that nothing of it keeps running.
      if (!isolation.system().kernelView()) {
        trace.read();
        cage.recordedOutside(leavingTheSession(trace.lines()));
      }
      cage.sweep(process);
      swept = true;
      awaitOrClose(out, stdout);
      awaitOrClose(err, stderr);
      process.waitFor(5, TimeUnit.SECONDS);
      int exitCode = timedOut || stopped != null ? -1 : program.exitCode();
      trace.read();
      if (witness != null) {
        witness.read();
      }
      // Only the set-up, before any of the program ran, can leave the status without "started".
      if (!STARTED.equals(readSmall(cage.status()))) {
        return failed(spec, "the isolation of the run could not be set up: "
            + new String(stderr.bytes(), StandardCharsets.UTF_8).strip());
      }
      if (stopped == null) {
        stopped = stdout.flooded() ? "stopped: printed more than " + (STDOUT_FLOOD >> 20) + " MiB"
            : cage.stopped(exitCode, new String(stderr.bytes(), StandardCharsets.UTF_8));
      }
      return RawRun.builder(spec).ended(program.pid(), exitCode, timedOut, duration)
          .stdout(stdout.bytes(), stdout.truncated()).stderr(stderr.bytes(), stderr.truncated())
          .trace(trace.lines(), trace.truncated()).traceTampered(trace.tampered()).stopped(stopped)
          .leftRunning(leftRunning).witness(witness == null ? null : witness.lines()).build();
    } finally {
      if (!swept) {
        cage.sweep(process);
      }
      active.remove(activeRun);
    }
  }

  /** The run's processes left running outside its session once the program ended (see {@link Cage#leftTheSession}). */
  private List<Long> leftRunning(Cage cage, Process process, Program program, TraceTail trace) {
    if (isolation.system().kernelView()) {
      return cage.leftTheSession(process, program.alive(), List.of());
    }
    trace.read();
    return cage.leftTheSession(process, program.alive(), leavingTheSession(trace.lines()));
  }

  /**
   * The pids whose records say they may have left the run's session or process group: those that
   * called os.setsid() (or setpgid, setpgrp), and those forked outside multiprocessing, which a
   * daemon's double fork makes. Where the grader cannot read sessions (the portable mode), this
   * is how it knows them.
   */
  static List<Long> leavingTheSession(List<String> trace) {
    List<Long> pids = new ArrayList<>();
    for (String line : trace) {
      Matcher matcher = LEAVING.matcher(line);
      if (matcher.find()) {
        Matcher pid = PID.matcher(line);
        if (pid.find()) {
          pids.add(Long.parseLong(pid.group(1)));
        }
      }
    }
    return pids;
  }

  private static final Pattern LEAVING =
      Pattern.compile("^\\{\"event\":\"os-call\",\"call\":\"(setsid|setpgid|setpgrp|fork)\"");
  private static final Pattern PID = Pattern.compile(",\"pid\":(\\d+)\\}$");

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static boolean finished(Future<?> pump, long deadline) throws InterruptedException {
    try {
      pump.get(remaining(deadline), TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    }
  }

  private static void awaitOrClose(Future<?> pump, BoundedCapture capture) throws InterruptedException {
    try {
      pump.get(5, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Something outside the run still holds the pipe: keep what was read.
      capture.close();
    }
  }

  private void feed(Process process, String stdin) {
    pumps.submit(() -> {
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The program ended (or closed stdin) without reading everything: nothing to do.
      }
    });
  }

  /** A small file of the grader's own, such as the run's status: at most a kilobyte of it. */
  private static String readSmall(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return new String(in.readNBytes(1024), StandardCharsets.UTF_8);
    }
  }

  private static RawRun failed(RunSpec spec, String reason) {
    return RawRun.builder(spec).harnessError(reason).build();
  }

  /** Stops the runs still going (the JVM is exiting, say on Ctrl-C) and removes their files. */
  private void killActive() {
    closing = true;
    for (ActiveRun run : active) {
      run.cage().sweep(run.process());
      run.cage().close();
      deleteQuietly(run.runDir());
    }
  }

  /**
   * Removes a run's folder whatever the run left in it (a tree deeper than a path may be long,
   * closed folders, links); what cannot go is left for the system's temporary-file cleaning, and
   * never makes the run a harness error.
   */
  static void deleteQuietly(Path folder) {
    FileTrees.delete(folder);
  }

  @Override
  public void close() {
    killActive();
    pumps.shutdownNow();
    isolation.close();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down
    }
  }
}

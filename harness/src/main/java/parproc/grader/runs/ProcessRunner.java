package parproc.grader.runs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs one program under the probe in a fresh Python process: builds its command and
 * environment, feeds its stdin, captures stdout, stderr and the trace with size limits, stops
 * the whole process tree at the time limit, and cleans up its temporary files. Everything that
 * touches processes is here.
 */
public final class ProcessRunner implements AutoCloseable {

  /** The most of stdout kept per run. */
  public static final int STDOUT_LIMIT = 1 << 20;

  static final int STDERR_LIMIT = 256 << 10;
  static final int TRACE_LIMIT = 32 << 20;

  /** Longest pause the probe makes after each write, when it exposes races. */
  static final int PAUSE_MICROS = 2000;

  /** Longest wait of a child at the start barrier. */
  static final int BARRIER_MILLIS = 300;

  private final PythonInterpreter python;
  private final ProbeFiles probe;
  private final ExecutorService pumps =
      Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "parproc-pump");
        thread.setDaemon(true);
        return thread;
      });
  private final Set<ActiveRun> active = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;
  private final Thread shutdownHook = new Thread(this::killActive, "parproc-reaper");

  private record ActiveRun(long pid, Instant started, Path trace, Path runDir) {}

  public ProcessRunner(PythonInterpreter python, ProbeFiles probe) {
    this.python = python;
    this.probe = probe;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * The environment of every process of a run, set on purpose rather than inherited: the
   * harness's own environment may hold PYTHONPATH, PYTHONSTARTUP or, as on the machines this
   * was built on, PYTHONUNBUFFERED, and a grade must not depend on where the grader runs.
   */
  static Map<String, String> environment(RunSpec spec, Path runDir, Path trace) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.put("HOME", runDir.toString());
    // multiprocessing's own temporary files (a forkserver's socket) go where the run is cleaned.
    env.put("TMPDIR", runDir.resolve("tmp").toString());
    env.put("LANG", "C.UTF-8");
    env.put("LC_ALL", "C.UTF-8");
    // Unbuffered: each write reaches the pipe when it is made, so the captured order is the
    // real order, no output waits in a buffer until exit, and a killed child loses nothing.
    env.put("PYTHONUNBUFFERED", "1");
    // Names with letters beyond ASCII are read and printed alike on every machine.
    env.put("PYTHONIOENCODING", "utf-8");
    // No __pycache__ folders in a student's submission.
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    // Set and dict iteration order follows the seed, so a grading reproduces from it.
    env.put("PYTHONHASHSEED", Long.toString(spec.seed() % 4_294_967_295L));
    env.put("PARPROC_TRACE", trace.toString());
    env.put("PARPROC_SUBMISSION", spec.submission().toAbsolutePath().toString());
    env.put("PARPROC_SEED", Long.toString(spec.seed()));
    env.put("PARPROC_RACES", spec.races() ? "1" : "0");
    env.put("PARPROC_PAUSE_US", Integer.toString(PAUSE_MICROS));
    env.put("PARPROC_CHILDREN", Integer.toString(spec.expectedChildren()));
    env.put("PARPROC_BARRIER_MS", Integer.toString(BARRIER_MILLIS));
    env.put("PARPROC_SLEEP_SCALE", Double.toString(spec.sleepScale()));
    return env;
  }

  /** How often a watched run is looked at while it is live. */
  static final long WATCH_MILLIS = 15;

  public RawRun run(RunSpec spec) {
    return run(spec, RunWatch.NONE);
  }

  /** Runs {@code spec}, letting {@code watch} end it early while it is live. */
  public RawRun run(RunSpec spec, RunWatch watch) {
    if (closing) {
      return failed(spec, "the grading was stopped");
    }
    Path runDir = null;
    try {
      runDir = Files.createTempDirectory("parproc-run-");
      Files.createDirectory(runDir.resolve("tmp"));
      return runIn(spec, runDir, watch);
    } catch (IOException e) {
      return failed(spec, "could not start Python: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(spec, "interrupted");
    } finally {
      deleteQuietly(runDir);
    }
  }

  private RawRun runIn(RunSpec spec, Path runDir, RunWatch watch) throws IOException, InterruptedException {
    Path trace = runDir.resolve("trace.jsonl");
    ProcessBuilder builder = new ProcessBuilder(List.of(
        python.executable().toString(),
        probe.runner().toString(),
        spec.file().toAbsolutePath().toString(),
        spec.entry()));
    builder.directory(spec.submission().toFile());
    builder.environment().clear();
    builder.environment().putAll(environment(spec, runDir, trace));
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    Process process = builder.start();
    ActiveRun activeRun = new ActiveRun(process.pid(), started, trace, runDir);
    active.add(activeRun);
    boolean swept = false;
    try {
      BoundedCapture stdout = new BoundedCapture(process.getInputStream(), STDOUT_LIMIT);
      BoundedCapture stderr = new BoundedCapture(process.getErrorStream(), STDERR_LIMIT);
      Future<?> out = pumps.submit(stdout);
      Future<?> err = pumps.submit(stderr);
      feed(process, spec.stdin());
      long deadline = startNanos + spec.timeout().toNanos();
      RunWatch.Watching watching = watch.begin(process.pid(), trace);
      String stopped = null;
      boolean timedOut;
      try {
        while (true) {
          long wait = Math.min(remaining(deadline), TimeUnit.MILLISECONDS.toNanos(WATCH_MILLIS));
          if (process.waitFor(wait, TimeUnit.NANOSECONDS)) {
            timedOut = false;
            break;
          }
          if (remaining(deadline) == 0) {
            timedOut = true;
            break;
          }
          stopped = watching.look();
          if (stopped != null) {
            timedOut = false;
            break;
          }
        }
      } finally {
        watching.ended();
      }
      // The run lasts while any of its processes holds the output open: wait for both ends.
      if (!timedOut && stopped == null) {
        timedOut = !finished(out, deadline) || !finished(err, deadline);
      }
      long duration = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
      // Stops what is left: everything, at the time limit; otherwise processes that outlived
      // the run but closed its output (a daemon), so that nothing of it keeps running.
      ProcessReaper.killAll(process.pid(), started, trace);
      swept = true;
      awaitOrClose(out, stdout);
      awaitOrClose(err, stderr);
      process.waitFor(5, TimeUnit.SECONDS);
      int exitCode = timedOut || stopped != null || process.isAlive() ? -1 : process.exitValue();
      TraceFile traceFile = readTrace(trace);
      return RawRun.builder(spec).ended(process.pid(), exitCode, timedOut, duration)
          .stdout(stdout.bytes(), stdout.truncated()).stderr(stderr.bytes(), stderr.truncated())
          .trace(traceFile.lines(), traceFile.truncated()).stopped(stopped).build();
    } finally {
      if (!swept) {
        ProcessReaper.killAll(process.pid(), started, trace);
      }
      active.remove(activeRun);
    }
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static boolean finished(Future<?> pump, long deadline) throws InterruptedException {
    try {
      pump.get(remaining(deadline), TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return true;
    }
  }

  private static void awaitOrClose(Future<?> pump, BoundedCapture capture) throws InterruptedException {
    try {
      pump.get(5, TimeUnit.SECONDS);
    } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
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

  private record TraceFile(List<String> lines, boolean truncated) {}

  private static TraceFile readTrace(Path trace) throws IOException {
    if (!Files.isRegularFile(trace)) {
      return new TraceFile(List.of(), false);
    }
    long size = Files.size(trace);
    byte[] bytes;
    try (var in = Files.newInputStream(trace)) {
      bytes = in.readNBytes((int) Math.min(size, TRACE_LIMIT));
    }
    boolean truncated = size > TRACE_LIMIT;
    List<String> lines = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
    if (truncated && !lines.isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return new TraceFile(lines, truncated);
  }

  private static RawRun failed(RunSpec spec, String reason) {
    return RawRun.builder(spec).harnessError(reason).build();
  }

  /** Stops the runs still going (the JVM is exiting, say on Ctrl-C) and removes their files. */
  private void killActive() {
    closing = true;
    for (ActiveRun run : active) {
      ProcessReaper.killAll(run.pid(), run.started(), run.trace());
      deleteQuietly(run.runDir());
    }
  }

  static void deleteQuietly(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // left for the system's temporary-file cleaning
        }
      });
    } catch (IOException e) {
      // as above
    }
  }

  @Override
  public void close() {
    killActive();
    pumps.shutdownNow();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down
    }
  }
}

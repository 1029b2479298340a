package parproc.grader.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.Observation;
import parproc.grader.observations.Trace;
import parproc.grader.observations.TraceEvent;
import parproc.grader.runs.RawRun;
import parproc.grader.verdicts.Evidence;
import parproc.grader.verdicts.Verdict;

/** The program finishes in time, with exit status 0, and no process raises an uncaught error. */
final class CleanExitCheck implements Check {

  private static final int TRACEBACK_LINES = 12;

  private final CheckSpec.CleanExit spec;

  CleanExitCheck(CheckSpec.CleanExit spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public Verdict evaluate(RunView run) {
    Observation observation = run.observation();
    RawRun raw = observation.run();
    Trace trace = observation.trace();
    Processes processes = new Processes(trace, raw.pid());
    Evidence evidence = new Evidence(List.of(), stderrExcerpt(raw), "stderr");
    if (raw.timedOut()) {
      return Verdict.fail(
          "stopped at the time limit",
          Text.message(
              "the program to finish within " + seconds(run) + " s",
              "it was still running and was stopped:\n" + Text.indented(stillRunning(trace, processes, raw), 6),
              hint(
                  "a process waiting in q.get() needs a matching q.put() for every get(); a"
                      + " join() waits for a child that must end; an endless loop never ends.")),
          evidence);
    }
    Optional<TraceEvent.ExceptionRaised> raised = firstException(trace);
    if (raised.isPresent()) {
      TraceEvent.ExceptionRaised error = raised.get();
      String where = error.file() == null ? "" : "\n  at " + error.file() + ", line " + error.line()
          + (error.function() == null ? "" : ", in " + error.function());
      String advice = ErrorHints.forException(error, processes.argsType(error.pid()).orElse(null))
          .orElse("read the traceback below from its last line up.");
      return Verdict.fail(
          error.type(),
          Text.message(
              "no error in any process",
              processes.name(error.pid()) + " raised " + error.type()
                  + (error.message() == null || error.message().isEmpty() ? "" : ": " + error.message())
                  + where,
              hint(advice)),
          evidence);
    }
    List<String> failures = new ArrayList<>();
    String outcome = null;
    trace.all(TraceEvent.ChildExited.class)
        .filter(exit -> exit.code() != 0)
        .forEach(exit -> failures.add(processes.name(exit.pid()) + " ended with exit status " + exit.code()));
    if (!failures.isEmpty()) {
      outcome = "a child's exit status not 0";
    }
    if (raw.exitCode() != 0) {
      failures.add(0, "the parent ended with " + status(raw.exitCode()));
      outcome = "exit status " + raw.exitCode();
    }
    List<Long> terminated = trace.all(TraceEvent.Terminated.class).map(TraceEvent.Terminated::child).toList();
    List<Long> began = trace.all(TraceEvent.ChildBegan.class).map(TraceEvent::pid).toList();
    for (TraceEvent.ChildStarted start : trace.studentChildren()) {
      if (!began.contains(start.child()) && !terminated.contains(start.child())) {
        // It died before reaching its target: under spawn, unpickling its arguments failed.
        failures.add(processes.name(start.child()) + " was started but never ran its target");
        outcome = outcome == null ? "a child never ran" : outcome;
      }
    }
    // A manager's server or a pool's worker is the library's to end; only the student's own
    // children must finish their targets.
    for (long pid : processes.childrenWithoutExit(trace, true)) {
      if (!terminated.contains(pid)) {
        failures.add(processes.name(pid) + " ended abruptly, without finishing its target (killed by a signal?)");
        outcome = outcome == null ? "a child ended abruptly" : outcome;
      }
    }
    if (!failures.isEmpty()) {
      return Verdict.fail(
          outcome,
          Text.message(
              "every process to run its target to the end, with exit status 0",
              failures,
              hint(ErrorHints.forStderr(raw.stderrText()).orElse(
                  "let every process return normally: no sys.exit() with a non-zero status, no os._exit()."))),
          evidence);
    }
    return Verdict.pass("finished cleanly");
  }

  private static String seconds(RunView run) {
    double seconds = run.observation().run().timeoutMillis() / 1000.0;
    return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
  }

  private static String status(int code) {
    if (code > 128 && code < 160) {
      return "signal " + (code - 128) + " (killed)";
    }
    return "exit status " + code;
  }

  /** The first exception, skipping the copy the parent re-reports for a direct run(). */
  private static Optional<TraceEvent.ExceptionRaised> firstException(Trace trace) {
    return trace.all(TraceEvent.ExceptionRaised.class).findFirst();
  }

  /** What each unfinished process was doing when the run was stopped. */
  private static List<String> stillRunning(Trace trace, Processes processes, RawRun raw) {
    Set<Long> pids = new LinkedHashSet<>();
    boolean rootReturned = trace.all(TraceEvent.EntryReturned.class).findAny().isPresent();
    if (!rootReturned) {
      pids.add(raw.pid());
    }
    pids.addAll(processes.childrenWithoutExit(trace, false));
    List<String> lines = new ArrayList<>();
    for (long pid : pids) {
      TraceEvent last = null;
      for (TraceEvent event : trace.events()) {
        if (event.pid() == pid) {
          last = event;
        }
      }
      lines.add(processes.name(pid) + " " + doing(last, trace, pid));
    }
    if (lines.isEmpty()) {
      lines.add("the parent had returned, but was still waiting for its children to end");
    }
    return lines;
  }

  private static String doing(TraceEvent last, Trace trace, long pid) {
    // A wait to acquire a lock reads as running, as it did before acquires were traced as waits.
    if (last instanceof TraceEvent.Waiting waiting && !"acquire".equals(waiting.on())) {
      if ("get".equals(waiting.on())) {
        long got = trace.all(TraceEvent.QueueGet.class)
            .filter(g -> g.pid() == pid && g.queue().equals(waiting.queue())).count();
        long put = trace.all(TraceEvent.QueuePut.class)
            .filter(p -> waiting.queue().equals(p.queue())).count();
        return "was waiting in q.get() for a value that never came (it had taken "
            + Text.plural((int) got, "value", "values") + "; " + Text.plural((int) put, "value was", "values were")
            + " put on that queue in all)";
      }
      return "was waiting in join() for " + waiting.name() + " (pid " + waiting.child() + ") to end";
    }
    return "was still running (a loop that never ends, or a sleep that is too long?)";
  }

  private static List<String> stderrExcerpt(RawRun raw) {
    List<String> lines = raw.stderrText().lines().toList();
    if (lines.size() <= TRACEBACK_LINES) {
      return lines;
    }
    List<String> excerpt = new ArrayList<>(lines.subList(0, TRACEBACK_LINES));
    excerpt.add("... (" + (lines.size() - TRACEBACK_LINES) + " more lines on stderr)");
    return excerpt;
  }
}

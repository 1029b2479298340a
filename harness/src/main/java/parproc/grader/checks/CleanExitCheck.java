package parproc.grader.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parproc.grader.checks.messages.Deadlocked;
import parproc.grader.checks.messages.LeftRunning;
import parproc.grader.checks.messages.StoppedAtLimit;
import parproc.grader.checks.messages.StoppedAtTimeLimit;
import parproc.grader.checks.messages.UncaughtError;
import parproc.grader.checks.messages.UncleanEnd;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.DeadlockDetector;
import parproc.grader.observations.Observation;
import parproc.grader.observations.Trace;
import parproc.grader.observations.TraceEvent;
import parproc.grader.results.Evidence;
import parproc.grader.results.Verdict;
import parproc.grader.runs.RawRun;

/**
 * The program finishes in time, with exit status 0, no process raises an uncaught error, and
 * none is left running after it ends.
 */
record CleanExitCheck(CheckSpec.CleanExit spec) implements Check {

  private static final int TRACEBACK_LINES = 12;

  @Override
  public Verdict evaluate(RunView run) {
    Observation observation = run.observation();
    RawRun raw = observation.run();
    Trace trace = observation.trace();
    Processes processes = new Processes(trace, raw.pid());
    Evidence evidence = new Evidence(List.of(), stderrExcerpt(raw), "stderr");
    if (RawRun.DEADLOCK.equals(raw.stopped())) {
      return fail(deadlock(trace, processes, raw), evidence);
    }
    if (raw.stopped() != null) {
      return fail(new StoppedAtLimit(raw.stopped()), evidence);
    }
    if (raw.timedOut()) {
      return fail(new StoppedAtTimeLimit(raw.timeoutMillis() / 1000.0, stillRunning(trace, processes, raw)), evidence);
    }
    if (!raw.leftRunning().isEmpty()) {
      return fail(new LeftRunning(raw.leftRunning()), evidence);
    }
    Optional<TraceEvent.ExceptionRaised> raised = trace.all(TraceEvent.ExceptionRaised.class).findFirst();
    if (raised.isPresent()) {
      TraceEvent.ExceptionRaised error = raised.get();
      String advice = ErrorHints.forException(error, processes.argsType(error.pid()).orElse(null)).orElse(null);
      if (UncaughtError.AFTER_THE_CALL.equals(error.where())) {
        // The file's statements after the entry's bare call, run as python3 runs them.
        String entry = run.config().exercise();
        return fail(new UncaughtError(processes.name(error.pid()), error.type(), error.message(), error.file(),
            error.line(), UncaughtError.after(entry), advice != null ? advice : UncaughtError.adviceAfter(entry)),
            evidence);
      }
      return fail(new UncaughtError(processes.name(error.pid()), error.type(), error.message(), error.file(),
          error.line(), error.function(), advice), evidence);
    }
    UncleanEnd unclean = new UncleanEnd(raw.exitCode(), badEnds(trace, processes),
        ErrorHints.forStderr(raw.stderrText()).orElse(null));
    return unclean.any() ? fail(unclean, evidence) : Verdict.pass("finished cleanly");
  }

  /** The children that did not end well: exit status first, then never ran, then abrupt. */
  private static List<UncleanEnd.End> badEnds(Trace trace, Processes processes) {
    List<UncleanEnd.End> ends = new ArrayList<>();
    trace.all(TraceEvent.ChildExited.class)
        .filter(exit -> exit.code() != 0)
        .forEach(exit -> ends.add(new UncleanEnd.ExitStatus(processes.name(exit.pid()), exit.code())));
    List<Long> terminated = trace.all(TraceEvent.Terminated.class).map(TraceEvent.Terminated::child).toList();
    List<Long> began = trace.all(TraceEvent.ChildBegan.class).map(TraceEvent::pid).toList();
    for (TraceEvent.ChildStarted start : trace.studentChildren()) {
      if (!began.contains(start.child()) && !terminated.contains(start.child())) {
        // It died before reaching its target: under spawn, unpickling its arguments failed.
        ends.add(new UncleanEnd.NeverRan(processes.name(start.child())));
      }
    }
    // A manager's server or a pool's worker is the library's to end; only the student's own
    // children must finish their targets.
    for (long pid : processes.childrenWithoutExit(trace, true)) {
      if (!terminated.contains(pid)) {
        ends.add(new UncleanEnd.Abrupt(processes.name(pid)));
      }
    }
    return ends;
  }

  /** The wait-for chain of a run stopped as a deadlock, and the errors that caused it. */
  private static Deadlocked deadlock(Trace trace, Processes processes, RawRun raw) {
    Map<String, TraceEvent.Site> sites = new HashMap<>();
    trace.all(TraceEvent.QueueCreated.class).forEach(q -> sites.put(q.queue(), q.site()));
    trace.all(TraceEvent.LockCreated.class).forEach(l -> sites.put(l.lock(), l.site()));
    List<Deadlocked.Blocked> blocked = new ArrayList<>();
    for (DeadlockDetector.Wait wait : DeadlockDetector.openWaits(trace.events(), raw.pid())) {
      String process = processes.name(wait.pid());
      if (wait instanceof DeadlockDetector.InGet get) {
        blocked.add(new Deadlocked.InGet(process, site(get.site())));
      } else if (wait instanceof DeadlockDetector.InJoin join) {
        blocked.add(new Deadlocked.InJoin(process, processes.name(join.child())));
      } else if (wait instanceof DeadlockDetector.InAcquire acquire) {
        blocked.add(new Deadlocked.InAcquire(process, site(acquire.site()),
            acquire.holder() == 0 ? null : processes.name(acquire.holder())));
      } else if (wait instanceof DeadlockDetector.AtExit exit) {
        blocked.add(new Deadlocked.AtExit(process, exit.raised()));
      }
    }
    List<Deadlocked.Ended> errors = trace.all(TraceEvent.ExceptionRaised.class)
        .map(e -> new Deadlocked.Ended(processes.name(e.pid()), e.type(), e.message(),
            e.file() == null ? null : TraceEvent.baseName(e.file()), e.line()))
        .toList();
    return new Deadlocked(blocked, errors);
  }

  private static String site(TraceEvent.Site site) {
    return site == null ? null : site.describe();
  }

  /** What each unfinished process was doing when the run was stopped. */
  private static List<StoppedAtTimeLimit.Stuck> stillRunning(Trace trace, Processes processes, RawRun raw) {
    Set<Long> pids = new LinkedHashSet<>();
    boolean rootReturned = trace.all(TraceEvent.EntryReturned.class).findAny().isPresent();
    if (!rootReturned) {
      pids.add(raw.pid());
    }
    pids.addAll(processes.childrenWithoutExit(trace, false));
    List<StoppedAtTimeLimit.Stuck> stuck = new ArrayList<>();
    for (long pid : pids) {
      TraceEvent last = null;
      for (TraceEvent event : trace.events()) {
        if (event.pid() == pid) {
          last = event;
        }
      }
      stuck.add(doing(last, trace, pid, processes.name(pid)));
    }
    return stuck;
  }

  private static StoppedAtTimeLimit.Stuck doing(TraceEvent last, Trace trace, long pid, String name) {
    // A wait to acquire a lock reads as running, as it did before acquires were traced as waits.
    if (last instanceof TraceEvent.Waiting waiting && !"acquire".equals(waiting.on())) {
      if ("get".equals(waiting.on())) {
        long got = trace.all(TraceEvent.QueueGet.class)
            .filter(g -> g.pid() == pid && g.queue().equals(waiting.queue())).count();
        long put = trace.all(TraceEvent.QueuePut.class)
            .filter(p -> waiting.queue().equals(p.queue())).count();
        return new StoppedAtTimeLimit.InGet(name, (int) got, (int) put);
      }
      return new StoppedAtTimeLimit.InJoin(name, waiting.name(), waiting.child());
    }
    return new StoppedAtTimeLimit.Running(name);
  }

  private static List<String> stderrExcerpt(RawRun raw) {
    List<String> lines = Tracebacks.withoutGraderFrames(raw.stderrText().lines().toList());
    if (lines.size() <= TRACEBACK_LINES) {
      return lines;
    }
    List<String> excerpt = new ArrayList<>(lines.subList(0, TRACEBACK_LINES));
    excerpt.add("... (" + (lines.size() - TRACEBACK_LINES) + " more lines on stderr)");
    return excerpt;
  }
}

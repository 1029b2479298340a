package parproc.grader.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parproc.grader.checks.messages.LinesMissingForLock;
import parproc.grader.checks.messages.LockNotFromParent;
import parproc.grader.checks.messages.NoSharedLock;
import parproc.grader.checks.messages.NotLocked;
import parproc.grader.checks.messages.TooFewLines;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.TraceEvent;
import parproc.grader.results.Evidence;
import parproc.grader.results.Verdict;

/**
 * Every write of the listed lines was made holding one Lock that all their writers share, and
 * that Lock was created by a process that is not one of the writers (the parent). This is the
 * lockset idea of the Eraser race detector applied to stdout: it judges what each write held,
 * not whether the output happened to come out clean, so it needs no lucky scheduling to see a
 * missing lock, and a correct program passes under every scheduling.
 */
record SharedLockCheck(CheckSpec.SharedLock spec) implements Check {

  @Override
  public Verdict evaluate(RunView run) {
    if (!run.perProcess()) {
      return RunView.writesNotTraced("the lock held at each write");
    }
    List<MatchedLine> lines = new ArrayList<>();
    for (String lineId : spec.lines()) {
      List<MatchedLine> printed = run.judgedLines().stream().filter(m -> m.is(lineId)).toList();
      Optional<TooFewLines> missing = run.tooFew(run.spec(lineId), printed.size());
      if (missing.isPresent()) {
        return fail(new LinesMissingForLock(missing.get()));
      }
      lines.addAll(printed);
    }
    Map<String, TraceEvent.LockCreated> locks = run.observation().trace().locks();
    List<String> unlocked = new ArrayList<>();
    List<String> partly = new ArrayList<>();
    Set<String> common = null;
    Set<Long> writers = new HashSet<>();
    for (MatchedLine line : lines) {
      writers.add(line.line().writer());
      Set<String> held = line.line().heldThroughout();
      if (line.line().heldPerWrite().stream().allMatch(List::isEmpty)) {
        unlocked.add(line.line().raw().strip());
      } else if (line.line().someWriteUnlocked() || held.isEmpty()) {
        partly.add(line.line().raw().strip());
      }
      if (common == null) {
        common = new HashSet<>(held);
      } else {
        common.retainAll(held);
      }
    }
    if (!unlocked.isEmpty() || !partly.isEmpty()) {
      return fail(new NotLocked(lines.size(), unlocked, partly), evidence(run, lines));
    }
    if (common == null || common.isEmpty()) {
      boolean ownLocks = lines.stream()
          .flatMap(line -> line.line().heldThroughout().stream())
          .map(locks::get)
          .anyMatch(lock -> lock != null && writers.contains(lock.pid()));
      return fail(new NoSharedLock(ownLocks, (int) distinctLocks(lines), firstSite(lines, locks)),
          evidence(run, lines));
    }
    for (String candidate : common) {
      TraceEvent.LockCreated lock = locks.get(candidate);
      if (lock == null || (lock.mutex() && !writers.contains(lock.pid()))) {
        // Unknown creation (say, a lock the probe could not see being made) is given the benefit
        // of the doubt: only what the trace shows can cost points.
        return Verdict.pass("one shared lock");
      }
    }
    TraceEvent.LockCreated lock = locks.get(common.iterator().next());
    return fail(new LockNotFromParent(lock.mutex(), lock.kind(), lock.site() == null ? null : lock.site().describe()),
        evidence(run, lines));
  }

  private static long distinctLocks(List<MatchedLine> lines) {
    return lines.stream().flatMap(line -> line.line().heldThroughout().stream()).distinct().count();
  }

  private static String firstSite(List<MatchedLine> lines, Map<String, TraceEvent.LockCreated> locks) {
    return lines.stream()
        .flatMap(line -> line.line().heldThroughout().stream())
        .map(locks::get)
        .filter(lock -> lock != null && lock.site() != null)
        .findFirst()
        .map(lock -> lock.site().describe())
        .orElse(null);
  }

  private static Evidence evidence(RunView run, List<MatchedLine> lines) {
    Map<String, TraceEvent.LockCreated> locks = run.observation().trace().locks();
    List<String> observed = new ArrayList<>();
    for (MatchedLine line : lines) {
      Set<String> held = line.line().heldThroughout();
      String holding;
      if (line.line().heldPerWrite().stream().allMatch(List::isEmpty)) {
        holding = "no lock";
      } else if (held.isEmpty()) {
        holding = "a lock for part of the line only";
      } else {
        holding = "holding " + String.join(", ", held.stream().map(id -> describe(id, locks, run)).toList());
      }
      observed.add(line.line().raw().strip() + "   [" + holding + "]");
    }
    return new Evidence(List.of(), observed, "lines with the locks held while writing them");
  }

  private static String describe(String id, Map<String, TraceEvent.LockCreated> locks, RunView run) {
    TraceEvent.LockCreated lock = locks.get(id);
    if (lock == null) {
      return "lock " + id;
    }
    String creator = lock.pid() == run.observation().rootPid() ? "the parent" : "process " + lock.pid();
    return lock.kind() + " made by " + creator;
  }
}

package parproc.grader.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.LineSpec;
import parproc.grader.observations.TraceEvent;
import parproc.grader.verdicts.Evidence;
import parproc.grader.verdicts.Verdict;

/**
 * Every write of the listed lines was made holding one Lock that all their writers share, and
 * that Lock was created by a process that is not one of the writers (the parent). This is the
 * lockset idea of the Eraser race detector applied to stdout: it judges what each write held,
 * not whether the output happened to come out clean, so it needs no lucky scheduling to see a
 * missing lock, and a correct program passes under every scheduling.
 */
final class SharedLockCheck implements Check {

  static final String CONCH =
      "each child made its own Lock, like each boy bringing his own conch: create one Lock in"
          + " the parent and pass it to every child.";

  private final CheckSpec.SharedLock spec;

  SharedLockCheck(CheckSpec.SharedLock spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public Verdict evaluate(RunView run) {
    if (!run.perProcess()) {
      return RunView.writesNotTraced("the lock held at each write");
    }
    List<MatchedLine> lines = new ArrayList<>();
    for (String lineId : spec.lines()) {
      LineSpec lineSpec = run.spec(lineId);
      List<MatchedLine> printed = run.judgedLines().stream().filter(m -> m.is(lineId)).toList();
      Optional<Integer> wanted = run.expectedInstances(lineSpec);
      if (wanted.isPresent() && printed.size() < wanted.get()) {
        return Verdict.fail(
            "lines missing",
            Text.message(
                Text.plural(wanted.get(), "line", "lines") + " " + Text.quote(run.describe(lineSpec, -1))
                    + " printed under the shared lock",
                "only " + printed.size() + " were printed, so the lock could not be checked for all of them",
                hint("make sure every child prints its line (see the other checks).")));
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
        unlocked.add(Text.quote(line.line().raw().strip()));
      } else if (line.line().someWriteUnlocked() || held.isEmpty()) {
        partly.add(Text.quote(line.line().raw().strip()));
      }
      if (common == null) {
        common = new HashSet<>(held);
      } else {
        common.retainAll(held);
      }
    }
    if (!unlocked.isEmpty() || !partly.isEmpty()) {
      List<String> problems = new ArrayList<>();
      if (!unlocked.isEmpty()) {
        problems.add(unlocked.size() == lines.size()
            ? "none of the " + Text.plural(lines.size(), "line was", "lines were") + " printed holding a lock"
            : "printed holding no lock: " + String.join(", ", unlocked));
      }
      if (!partly.isEmpty()) {
        problems.add(partly.size() == lines.size()
            ? "every line was printed partly without the lock (it was released before the line was complete)"
            : "printed partly without the lock: " + String.join(", ", partly));
      }
      return Verdict.fail(
          unlocked.isEmpty() ? "lock released too early" : "printed without the lock",
          Text.message("every line printed while holding the shared lock",
              problems,
              hint("acquire() the lock before print and release() it after the print (or print"
                  + " inside `with lock:`); releasing it first leaves the print unprotected.")),
          evidence(run, lines));
    }
    if (common == null || common.isEmpty()) {
      boolean ownLocks = lines.stream()
          .flatMap(line -> line.line().heldThroughout().stream())
          .map(locks::get)
          .anyMatch(lock -> lock != null && writers.contains(lock.pid()));
      return Verdict.fail(
          ownLocks ? "each child its own lock" : "different locks",
          Text.message("every line printed while holding one lock shared by all the children",
              "the lines were printed holding " + Text.plural((int) distinctLocks(lines), "different lock", "different locks")
                  + describeLocks(lines, locks),
              hint(ownLocks ? CONCH : "create one Lock in the parent and pass that same Lock to every child.")),
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
    String problem = !lock.mutex()
        ? "the shared " + lock.kind() + " lets several processes in at once"
        : "the lock they share was created by one of the children " + site(lock);
    return Verdict.fail(
        "lock not from the parent",
        Text.message("one Lock created by the parent", problem,
            hint("create the Lock with Lock() in the parent, before starting the children, and pass it in args.")),
        evidence(run, lines));
  }

  private static long distinctLocks(List<MatchedLine> lines) {
    return lines.stream().flatMap(line -> line.line().heldThroughout().stream()).distinct().count();
  }

  private static String describeLocks(List<MatchedLine> lines, Map<String, TraceEvent.LockCreated> locks) {
    Optional<TraceEvent.LockCreated> made = lines.stream()
        .flatMap(line -> line.line().heldThroughout().stream())
        .map(locks::get)
        .filter(lock -> lock != null && lock.site() != null)
        .findFirst();
    return made.map(lock -> ", each made " + lock.site().describe()).orElse("");
  }

  private static String site(TraceEvent.LockCreated lock) {
    return lock.site() == null ? "" : lock.site().describe();
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

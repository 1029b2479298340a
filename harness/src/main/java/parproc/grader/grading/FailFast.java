package parproc.grader.grading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import parproc.grader.observations.Observation;
import parproc.grader.observations.TraceEvent;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunSpec;

/**
 * Skips an exercise's remaining runs when its first {@link #FIRST_RUNS} runs all failed the same
 * repeatable way: a deadlock, the time limit, the same limit gone over, or the same uncaught
 * exception at the same line.
 * A check passes only if it passes in every run, and these runs already fail finishes-cleanly,
 * so skipping the rest can only spare time, never take a point from a program that would pass.
 */
final class FailFast {

  /** How many runs must fail the same way before the rest are skipped. */
  static final int FIRST_RUNS = 2;

  private FailFast() {}

  /** How a run failed in a way that repeats, or empty when it did not (or not in such a way). */
  static Optional<String> failure(Observation observation) {
    RawRun run = observation.run();
    if (run.harnessError() != null || RawRun.SKIPPED.equals(run.stopped())) {
      return Optional.empty();
    }
    if (run.stopped() != null) {
      // A deadlock, or a limit the run went over (memory, processes): each says which.
      return Optional.of(run.stopped());
    }
    if (run.timedOut()) {
      return Optional.of("time limit");
    }
    return observation.trace().all(TraceEvent.ExceptionRaised.class).findFirst()
        .map(e -> "exception " + e.type() + " at " + e.file() + ":" + e.line() + " in " + e.where());
  }

  /** Whether the first runs all failed the same repeatable way. */
  static boolean sameFailure(List<Observation> first) {
    if (first.size() < FIRST_RUNS) {
      return false;
    }
    Optional<String> failure = failure(first.get(0));
    return failure.isPresent() && first.stream().allMatch(run -> Objects.equals(failure(run), failure));
  }

  /** A run that was not made, for the report and the histograms. */
  static RawRun skipped(RunSpec spec) {
    return RawRun.builder(spec).stopped(RawRun.SKIPPED).build();
  }

  /** The outcome a skipped run shows in every check's histogram. */
  static String outcome() {
    return "not run (failed the same way in runs 1.." + FIRST_RUNS + ")";
  }
}

package parproc.grader.checks;

import java.util.Optional;
import parproc.grader.checks.messages.EvidenceMissing;
import parproc.grader.checks.messages.Message;
import parproc.grader.observations.EvidenceGap;
import parproc.grader.observations.Observation;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.runs.RawRun;

/**
 * Fails closed: where the grader's record of a run does not account for it, a check gives no
 * point for what it could not see. A check that judges from that record fails the run, and so
 * does any check left unable to judge it; a check that judges from the output the grader
 * captured itself keeps its verdict, unless the program interfered with the record, which fails
 * the whole run.
 *
 * <p>One loss is honest: the grader stopped the run (its time limit, a deadlock, a cap), and a
 * process it stopped between recording a write and making it left the record a write ahead of
 * the output (at most one write of each process). Finishes-cleanly fails such a run already, so
 * the other checks may stay unjudged there, and the exercise cannot reach full marks through it.
 * Output the record lacks is never honest, since the probe records each write before it makes
 * it; nor is a record grown past its limit, which no correct program comes near.
 */
public final class FailClosed {

  private FailClosed() {}

  /** The verdict a check keeps on a run, given what the grader's record of the run accounts for. */
  public static Verdict judge(Check check, Verdict verdict, Observation observation) {
    Optional<EvidenceGap> gap = observation.evidenceGap();
    if (gap.isEmpty() || verdict.failed() || explainedByStop(gap.get(), observation.run())) {
      return verdict;
    }
    // A run that interfered with the grader's record fails whole: even the words of its lines are
    // judged with the writers that record names.
    if (verdict.status() == Status.UNJUDGED || check.needsTrace() || gap.get().interference()) {
      Message message = failure(gap.get()).message();
      return Verdict.fail(message.outcome(), message.render(null));
    }
    return verdict;
  }

  /** What a check that could not see what it needed says. */
  public static EvidenceMissing failure(EvidenceGap gap) {
    String outcome = switch (gap.kind()) {
      case CUT -> "grader's record cut";
      case FORGED -> "grader's record written into";
      case OVER_LIMIT -> "grader's record over its limit";
      case PAST_THE_PROBE -> "output past the probe";
      case AHEAD_OF_OUTPUT -> "record ahead of the output";
      case CONTRADICTED -> "kernel saw otherwise";
    };
    return new EvidenceMissing(outcome, gap.detail(), gap.interference());
  }

  private static boolean explainedByStop(EvidenceGap gap, RawRun run) {
    boolean stopped = run.timedOut() || run.stopped() != null;
    return stopped && gap.kind() == EvidenceGap.Kind.AHEAD_OF_OUTPUT;
  }
}

package parproc.grader.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.checks.messages.EvidenceMissing;
import parproc.grader.checks.messages.Message;
import parproc.grader.checks.messages.UncaughtError;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.EvidenceGap;
import parproc.grader.observations.TraceEvent;
import parproc.grader.results.Cause;
import parproc.grader.results.CheckResult;
import parproc.grader.results.FirstFailure;
import parproc.grader.results.Verdict;
import parproc.grader.runs.RawRun;

/**
 * Puts the cause first, and says it once. In a run that one thing made fail (the grader's record
 * falling short, an uncaught exception, a deadlock, a limit hit, in that order), each failed check
 * is told that cause: what the check found is most often only its consequence (a parent waiting
 * for ever in {@code q.get()} because the child that should have put died).
 *
 * <p>Across an exercise, when two or more failed checks share one cause, the report states it once
 * at the top of the exercise, under "Fix this first", and each of those checks refers to it in one
 * line; a check that alone has its cause is led by it in full ("Cause: ...").
 */
public final class CauseFirst {

  private CauseFirst() {}

  /**
   * The judged verdict with its cause, if it failed in a run that one thing made fail.
   *
   * @param evaluated what the check found
   * @param judged what it keeps, given what the grader's record of the run accounts for ({@link FailClosed})
   */
  public static Verdict attach(Check check, Verdict evaluated, Verdict judged, RunView run) {
    if (!judged.failed()) {
      return judged;
    }
    Optional<EvidenceGap> gap = run.observation().evidenceGap();
    if (judged != evaluated && gap.isPresent()) {
      return judged.causedBy(evidence(gap.get()).statedBy(true));
    }
    RawRun raw = run.observation().run();
    boolean cleanExit = check.spec() instanceof CheckSpec.CleanExit;
    Optional<TraceEvent.ExceptionRaised> raised =
        run.observation().trace().all(TraceEvent.ExceptionRaised.class).findFirst();
    if (raised.isPresent()) {
      Cause cause = exception(raised.get(), run);
      // The clean-exit check's own report of this exception already says it.
      return judged.causedBy(cleanExit && judged.outcome().equals(raised.get().type()) ? cause.statedBy(false) : cause);
    }
    Cause stop = stop(raw);
    if (stop == null) {
      return judged;
    }
    return judged.causedBy(cleanExit ? stop.statedBy(false) : stop);
  }

  /** The cause of an exception: where it was raised and by which process. */
  static Cause exception(TraceEvent.ExceptionRaised error, RunView run) {
    Processes processes = new Processes(run.observation().trace(), run.observation().rootPid());
    String function = UncaughtError.AFTER_THE_CALL.equals(error.where())
        ? UncaughtError.after(run.config().exercise()) : error.function();
    StringBuilder text = new StringBuilder(processes.name(error.pid())).append(" raised ").append(error.type());
    if (error.message() != null && !error.message().isEmpty()) {
      text.append(": ").append(error.message());
    }
    if (error.file() != null) {
      text.append(", at ").append(error.file()).append(", line ").append(error.line());
      if (function != null) {
        text.append(", in ").append(function);
      }
    }
    String key = String.join("\u0000", "exception", String.valueOf(error.where()), error.type(),
        String.valueOf(error.message()), String.valueOf(error.file()), String.valueOf(error.line()),
        String.valueOf(error.function()));
    return new Cause(key, text.append('.').toString(), reference("the " + error.type()), false, false);
  }

  /** The cause of a run the grader stopped, or null when it was not stopped. */
  static Cause stop(RawRun raw) {
    if (RawRun.DEADLOCK.equals(raw.stopped())) {
      return new Cause("deadlock", "the program deadlocked: every process waited for ever on another, so it was"
          + " stopped (finishes-cleanly says who waited for what).", reference("the deadlock"), false, false);
    }
    if (raw.stopped() != null && !RawRun.SKIPPED.equals(raw.stopped())) {
      return new Cause("limit\u0000" + raw.stopped(), "the run was " + raw.stopped() + " (see finishes-cleanly).",
          reference("the limit"), false, false);
    }
    if (raw.timedOut()) {
      return new Cause("time limit", "the program was still running at its time limit, so it was stopped"
          + " (finishes-cleanly says what each process was doing).", reference("the time limit"), false, false);
    }
    return null;
  }

  /** The cause of checks that could not see what they needed in the grader's record of the run. */
  static Cause evidence(EvidenceGap gap) {
    EvidenceMissing missing = FailClosed.failure(gap);
    Message message = missing.message();
    return new Cause("evidence\u0000" + message.outcome(), gap.detail() + ", so the checks that needed that record"
        + " could not see what the program did. Try: " + message.tryThis(), reference("the grader's record"),
        false, false);
  }

  /** The one line of a check that refers to the cause stated under "Fix this first". */
  static String reference(String cause) {
    return "Cause: " + cause + " under \"" + Cause.HEADING + "\".";
  }

  /**
   * An exercise's checks with their causes said once: the cause that most failed checks share
   * (two at least), stated once, and each check's message told with its cause.
   *
   * @param cause the shared cause, stated once, or null when no two failed checks share one
   */
  public record Told(String cause, List<CheckResult> checks) {}

  /** The checks' first failures told with their causes, the shared one referred to in a line. */
  public static Told once(List<CheckResult> checks) {
    Map<String, Integer> sharing = new LinkedHashMap<>();
    Map<String, String> statements = new LinkedHashMap<>();
    for (CheckResult check : checks) {
      Cause cause = causeOf(check);
      if (cause != null) {
        sharing.merge(cause.key(), 1, Integer::sum);
        statements.putIfAbsent(cause.key(), cause.statement());
      }
    }
    String shared = null;
    for (Map.Entry<String, Integer> entry : sharing.entrySet()) {
      if (entry.getValue() >= 2 && (shared == null || entry.getValue() > sharing.get(shared))) {
        shared = entry.getKey();
      }
    }
    List<CheckResult> told = new ArrayList<>();
    for (CheckResult check : checks) {
      Cause cause = causeOf(check);
      told.add(cause == null ? check : check.withFirstFailure(tell(check.firstFailure(), cause,
          cause.key().equals(shared))));
    }
    return new Told(shared == null ? null : statements.get(shared), told);
  }

  private static Cause causeOf(CheckResult check) {
    return check.passed() || check.firstFailure() == null ? null : check.firstFailure().cause();
  }

  private static FirstFailure tell(FirstFailure failure, Cause cause, boolean shared) {
    if (shared) {
      return failure.withMessage(cause.only() ? cause.reference()
          : cause.states() ? failure.message() : cause.reference() + "\n" + failure.message());
    }
    return cause.states() ? failure : failure.withMessage("Cause: " + cause.statement() + "\n" + failure.message());
  }
}

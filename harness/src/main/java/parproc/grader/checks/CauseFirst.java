package parproc.grader.checks;

import java.util.Optional;
import parproc.grader.observations.TraceEvent;
import parproc.grader.results.Verdict;

/**
 * Puts the cause first: in a run where a process raised an uncaught exception, a failed check's
 * message starts with that exception (its type, its message, the student's file and line), and
 * then says what the check found, which is most often only its consequence (a parent waiting
 * for ever in {@code q.get()} because the child that should have put died).
 */
public final class CauseFirst {

  private CauseFirst() {}

  /** The verdict, its message led by the run's first uncaught exception if it failed. */
  public static Verdict lead(Verdict verdict, RunView run) {
    if (!verdict.failed()) {
      return verdict;
    }
    Optional<TraceEvent.ExceptionRaised> raised =
        run.observation().trace().all(TraceEvent.ExceptionRaised.class).findFirst();
    if (raised.isEmpty()) {
      return verdict;
    }
    TraceEvent.ExceptionRaised error = raised.get();
    if (verdict.outcome().equals(error.type())) {
      // The clean-exit check's own report of this exception already says it.
      return verdict;
    }
    return new Verdict(verdict.status(), verdict.outcome(), verdict.interesting(),
        cause(error, new Processes(run.observation().trace(), run.observation().rootPid())) + "\n" + verdict.message(),
        verdict.evidence());
  }

  static String cause(TraceEvent.ExceptionRaised error, Processes processes) {
    StringBuilder text = new StringBuilder("Cause: ").append(processes.name(error.pid())).append(" raised ")
        .append(error.type());
    if (error.message() != null && !error.message().isEmpty()) {
      text.append(": ").append(error.message());
    }
    if (error.file() != null) {
      text.append(", at ").append(error.file()).append(", line ").append(error.line());
      if (error.function() != null) {
        text.append(", in ").append(error.function());
      }
    }
    return text.append('.').toString();
  }
}

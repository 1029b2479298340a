package parproc.grader.checks;

import java.util.List;
import java.util.Optional;
import parproc.grader.observations.Observation;
import parproc.grader.observations.TraceEvent;

/**
 * Recognises starter code: an exercise whose every run raised {@code NotImplementedError} is
 * not written yet, which one line says better than failed checks with evidence.
 */
public final class StarterCode {

  private static final String NOT_IMPLEMENTED = "NotImplementedError";

  private StarterCode() {}

  /** Why the exercise is not written yet, when every run raised NotImplementedError; else empty. */
  public static Optional<String> notWrittenYet(List<Observation> runs) {
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    TraceEvent.ExceptionRaised first = null;
    for (Observation run : runs) {
      Optional<TraceEvent.ExceptionRaised> raised = run.trace().all(TraceEvent.ExceptionRaised.class)
          .filter(error -> NOT_IMPLEMENTED.equals(error.type()))
          .findFirst();
      if (raised.isEmpty()) {
        return Optional.empty();
      }
      first = first == null ? raised.get() : first;
    }
    String where = first.file() == null ? "" : " (" + first.file() + ", line " + first.line() + ")";
    String what = first.function() == null ? "the starter code" : first.function() + "()";
    return Optional.of("not written yet: " + what + where + " still raises NotImplementedError"
        + (first.message() == null || first.message().isEmpty() ? "" : " (\"" + first.message() + "\")")
        + ". Write its body in place of the raise, then grade again.");
  }
}

package parproc.grader.results;

/**
 * One check's verdict on one run: a status, an outcome label that runs are counted by in the
 * histogram, and for a failure a message (expected, observed, what to try) with its evidence.
 *
 * @param interesting an acceptable outcome worth pointing out, such as an order that only a
 *     sleep usually prevents
 * @param cause for a failure, what in the run caused it when one thing made the run fail (an
 *     exception, a deadlock, a limit, the grader's record falling short); null otherwise
 */
public record Verdict(
    Status status, String outcome, boolean interesting, String message, Evidence evidence, Cause cause) {

  public Verdict {
    message = message == null ? "" : message;
    evidence = evidence == null ? Evidence.none() : evidence;
  }

  public Verdict(Status status, String outcome, boolean interesting, String message, Evidence evidence) {
    this(status, outcome, interesting, message, evidence, null);
  }

  /** The same verdict, with what caused it. */
  public Verdict causedBy(Cause cause) {
    return new Verdict(status, outcome, interesting, message, evidence, cause);
  }

  public static Verdict pass(String outcome) {
    return new Verdict(Status.PASS, outcome, false, "", Evidence.none());
  }

  public static Verdict interesting(String outcome, String message) {
    return new Verdict(Status.PASS, outcome, true, message, Evidence.none());
  }

  public static Verdict fail(String outcome, String message, Evidence evidence) {
    return new Verdict(Status.FAIL, outcome, false, message, evidence);
  }

  public static Verdict fail(String outcome, String message) {
    return fail(outcome, message, Evidence.none());
  }

  public static Verdict unjudged(String outcome, String reason) {
    return new Verdict(Status.UNJUDGED, outcome, false, reason, Evidence.none());
  }

  public boolean failed() {
    return status == Status.FAIL;
  }
}

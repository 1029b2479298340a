package parproc.grader.observations;

/**
 * What the grader's record of a run fails to account for: the trace was cut, holds records the
 * probe never writes, grew past its limit, or misses output the run printed. A check cannot
 * judge what it needed from such a run, so it fails there (see the grading's judge), unless the
 * grader itself stopped the run, which a failed finishes-cleanly already explains.
 *
 * @param detail what was found, completing "but ..." ("the trace was cut from 5,210 bytes to 0")
 * @param pid the process it is about, or -1 when it is about the whole record
 * @param micros when it happened, on the machine's monotonic clock, or {@link TraceEvent#NO_TIME}
 */
public record EvidenceGap(Kind kind, String detail, long pid, long micros) {

  /** A gap about the whole record, at no one moment. */
  public EvidenceGap(Kind kind, String detail) {
    this(kind, detail, -1, TraceEvent.NO_TIME);
  }

  /** How the record falls short. */
  public enum Kind {
    /** Removed, emptied or shrunk while the run was live, or it lacks the start the runner writes first. */
    CUT,
    /** It holds lines that are no record, or records of a kind the probe never writes. */
    FORGED,
    /** It grew past the most the grader reads of it. */
    OVER_LIMIT,
    /** Output reached stdout that the record lacks: written past the probe. */
    PAST_THE_PROBE,
    /** The record holds output that never reached stdout: a write the run was stopped in. */
    AHEAD_OF_OUTPUT,
    /** The kernel witness saw something other than what the record says, or was fought. */
    CONTRADICTED
  }

  /** Whether the run interfered with the grader's own record, rather than lost evidence on its own. */
  public boolean interference() {
    return kind == Kind.CUT || kind == Kind.FORGED || kind == Kind.CONTRADICTED;
  }
}

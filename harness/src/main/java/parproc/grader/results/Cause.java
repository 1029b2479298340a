package parproc.grader.results;

/**
 * What made a run fail its checks, when one thing did: an exception, a deadlock, a limit hit, or
 * the grader's record of the run falling short. Where several failed checks share it, the report
 * states it once, under "Fix this first", and each of those checks refers to it in one line.
 *
 * @param key the same for the same cause in any run (it names no pid): the checks whose first
 *     failures have equal keys share one cause
 * @param statement the cause in full, as "Fix this first" states it
 * @param reference the one line by which a check it caused refers to it
 * @param states true when the verdict it is attached to is the cause's own report (finishes-cleanly
 *     naming the error), which needs no reference
 * @param only true when that verdict's message is the cause and nothing more, so that a reference
 *     says all of it
 */
public record Cause(String key, String statement, String reference, boolean states, boolean only) {

  /** The label under which a report states the cause its checks share. */
  public static final String HEADING = "Fix this first";

  /** The same cause, attached to a verdict that is its own report. */
  public Cause statedBy(boolean onlyIt) {
    return new Cause(key, statement, reference, true, onlyIt);
  }
}

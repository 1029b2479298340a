package parproc.grader.results;

/** How an outcome counts, in jcstress's words. */
public enum Expectation {
  /** A correct program may show it. */
  ACCEPTABLE,
  /** A correct program may show it, and it is worth pointing out (an unusual order). */
  INTERESTING,
  /** A correct program never shows it: it costs the check's points. */
  FORBIDDEN,
  /** The harness could not judge the run. */
  UNJUDGED
}

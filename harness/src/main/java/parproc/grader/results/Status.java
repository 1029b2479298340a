package parproc.grader.results;

/**
 * How a check came out in one run. A run the harness could not observe well enough is
 * UNJUDGED, never FAIL: a correct program must never lose a point to the grader's blind spot.
 */
public enum Status {
  PASS,
  UNJUDGED,
  FAIL
}

package parproc.grader.results;

/** How many runs showed one outcome of a check. */
public record OutcomeCount(String outcome, int samples, Expectation expect) {

  /** The share of runs, from 0 to 1. */
  public double frequency(int runs) {
    return runs == 0 ? 0 : (double) samples / runs;
  }
}

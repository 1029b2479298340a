package parproc.grader.checks.messages;

/**
 * Sums of random draws and the interval a correct sum lies in, for the plausible-sum messages.
 *
 * @param draws how many draws of randint(low, high) make the sum
 * @param from the lowest plausible sum, rounded
 * @param to the highest plausible sum, rounded
 * @param producers how many children share the draws
 * @param countVariable the program's name for the number of draws in all, or null
 */
public record Draws(long draws, long low, long high, long from, long to, int producers, String countVariable) {

  /** How far a sum is from the expected one, when it is a telling ratio. */
  public enum Ratio {
    TWICE(" (about twice the expected: the work was done twice)"),
    HALF(" (about half the expected: half of the work is missing)"),
    OTHER("");

    final String remark;

    Ratio(String remark) {
      this.remark = remark;
    }
  }

  String partialSums() {
    return "each partial sum of " + draws + " draws of randint(" + low + ", " + high + ") to lie within "
        + from + " .. " + to;
  }

  String total() {
    return "a total of " + draws + " draws within " + from + " .. " + to;
  }

  /** How many numbers each child adds, in the program's terms when the config names them. */
  String perChild() {
    return countVariable == null ? String.valueOf(draws) : countVariable + " // " + producers;
  }

  /** How many numbers are added in all, likewise. */
  String inAll() {
    return countVariable == null ? String.valueOf(draws) : countVariable;
  }
}

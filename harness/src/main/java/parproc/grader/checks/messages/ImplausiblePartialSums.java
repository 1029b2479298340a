package parproc.grader.checks.messages;

import java.util.List;

/**
 * Children put partial sums that a correct program gives with a chance below one in a billion.
 *
 * @param draws the draws of one child and the interval its sum lies in
 * @param implausible the partial sums outside it
 * @param ratio how the first of them compares with the expected sum
 */
public record ImplausiblePartialSums(Draws draws, List<String> implausible, Draws.Ratio ratio) implements Failure {

  public ImplausiblePartialSums {
    implausible = List.copyOf(implausible);
  }

  @Override
  public String outcome() {
    return "implausible partial sum";
  }

  @Override
  public String expected() {
    return draws.partialSums();
  }

  @Override
  public String observed() {
    return "the children put " + String.join(" and ", implausible) + ratio.remark;
  }

  @Override
  public String tryThis() {
    return "each child adds " + draws.perChild() + " random numbers: check the count each one gets.";
  }
}

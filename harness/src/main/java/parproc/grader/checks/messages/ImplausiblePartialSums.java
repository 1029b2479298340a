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
  public Message message() {
    return new Message("implausible partial sum", draws.partialSums(),
        "the children put " + String.join(" and ", implausible) + ratio.remark,
        "each child adds " + draws.perChild() + " random numbers: check the count each one gets.");
  }
}

package parproc.grader.checks.messages;

/**
 * The printed total is one a correct program gives with a chance below one in a billion.
 *
 * @param draws all the draws and the interval their sum lies in
 * @param printed the total as printed
 * @param ratio how it compares with the expected total
 */
public record ImplausibleTotal(Draws draws, String printed, Draws.Ratio ratio) implements Failure {

  @Override
  public Message message() {
    return new Message("implausible total", draws.total(), "the parent printed " + printed + ratio.remark,
        "add " + draws.inAll() + " random numbers in all, "
            + (draws.producers() == 2 ? "half" : "an equal share") + " in each child.");
  }
}

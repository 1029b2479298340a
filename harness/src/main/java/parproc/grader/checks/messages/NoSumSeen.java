package parproc.grader.checks.messages;

/** Neither one partial sum per child nor a printed total was seen, so nothing could be judged. */
public record NoSumSeen(Draws draws) implements Failure {

  @Override
  public String outcome() {
    return "nothing to check";
  }

  @Override
  public String expected() {
    return draws.partialSums();
  }

  @Override
  public String observed() {
    return "neither the children's partial sums nor a total were seen";
  }

  @Override
  public String tryThis() {
    return "let each child put its partial sum on the queue, and print the total.";
  }
}

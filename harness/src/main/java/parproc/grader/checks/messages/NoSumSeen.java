package parproc.grader.checks.messages;

/** Neither one partial sum per child nor a printed total was seen, so nothing could be judged. */
public record NoSumSeen(Draws draws) implements Failure {

  @Override
  public Message message() {
    return new Message("nothing to check", draws.partialSums(),
        "neither the children's partial sums nor a total were seen",
        "let each child put its partial sum on the queue, and print the total.");
  }
}

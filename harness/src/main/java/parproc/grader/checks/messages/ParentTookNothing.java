package parproc.grader.checks.messages;

/**
 * The parent printed a result without taking anything from a queue.
 *
 * @param shown the number printed
 */
public record ParentTookNothing(int producers, String shown) implements QueueResultFailure {

  @Override
  public String outcome() {
    return "parent took nothing";
  }

  @Override
  public String observed() {
    return "the parent printed " + shown + " without taking any value from a queue";
  }

  @Override
  public String tryThis() {
    return "the parent must call q.get() (once for each child's put) and print what it got.";
  }
}

package parproc.grader.checks.messages;

/**
 * The parent printed a result without taking anything from a queue.
 *
 * @param shown the number printed
 */
public record ParentTookNothing(int producers, String shown) implements Failure {

  @Override
  public Message message() {
    return new Message("parent took nothing", QueueResultWords.expected(producers),
        "the parent printed " + shown + " without taking any value from a queue",
        "the parent must call q.get() (once for each child's put) and print what it got.");
  }
}

package parproc.grader.checks.messages;

import java.util.List;

/**
 * The parent printed another number than the sum of what it took from the queue.
 *
 * @param took the values the parent took
 * @param sum their sum
 * @param shown the number printed
 */
public record NotWhatWasTaken(int producers, List<String> took, String sum, String shown) implements Failure {

  public NotWhatWasTaken {
    took = List.copyOf(took);
  }

  @Override
  public Message message() {
    String observed = "the parent took " + QueueResultWords.and(took) + (took.size() > 1 ? " (sum " + sum + ")" : "")
        + " from the queue but printed " + shown;
    return new Message("printed value not from the queue", QueueResultWords.expected(producers), observed,
        took.size() < producers
            ? "call q.get() once for each child that puts a value, and add what you get."
            : "print exactly what the queue gave you (added up, if there are several values).");
  }
}

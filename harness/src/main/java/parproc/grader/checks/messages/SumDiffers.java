package parproc.grader.checks.messages;

import java.util.List;

/**
 * The parent printed another number than the sum of what the children put.
 *
 * @param put the values the children put
 * @param shown the number printed
 */
public record SumDiffers(int producers, List<String> put, String shown) implements Failure {

  public SumDiffers {
    put = List.copyOf(put);
  }

  @Override
  public Message message() {
    return new Message("sum differs from the children's", QueueResultWords.expected(producers),
        "the children put " + QueueResultWords.and(put) + " but the parent printed " + shown,
        "add exactly the values the children put on the queue.");
  }
}

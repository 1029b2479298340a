package parproc.grader.checks.messages;

import java.util.List;

/**
 * The parent printed another number than the sum of what the children put.
 *
 * @param put the values the children put
 * @param shown the number printed
 */
public record SumDiffers(int producers, List<String> put, String shown) implements QueueResultFailure {

  public SumDiffers {
    put = List.copyOf(put);
  }

  @Override
  public String outcome() {
    return "sum differs from the children's";
  }

  @Override
  public String observed() {
    return "the children put " + QueueResultFailure.and(put) + " but the parent printed " + shown;
  }

  @Override
  public String tryThis() {
    return "add exactly the values the children put on the queue.";
  }
}

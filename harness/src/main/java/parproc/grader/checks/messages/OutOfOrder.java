package parproc.grader.checks.messages;

import java.util.List;

/**
 * A line was printed before a line that a correct program always prints first.
 *
 * @param before the line that should come first, as printed
 * @param after the line that should come after it, as printed
 * @param output the lines of the run in order, the two marked
 */
public record OutOfOrder(String before, String after, List<NumberedLine> output) implements Failure {

  /** The most lines of output the message shows. */
  private static final int MOST = 20;

  public OutOfOrder {
    output = List.copyOf(output);
  }

  @Override
  public Message message() {
    List<String> lines = output.stream()
        .map(line -> line.number() + ": " + line.text() + (line.marked() ? "  <--" : ""))
        .toList();
    return new Message("out of order", Words.quote(after) + " to be printed after " + Words.quote(before),
        "it was printed before it:\n" + Words.indented(lines, MOST),
        "only something that makes one process wait for another fixes an order: q.get()"
            + " waits for a q.put(), join() waits for a child to end.");
  }
}

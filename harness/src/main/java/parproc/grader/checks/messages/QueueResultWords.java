package parproc.grader.checks.messages;

import java.util.List;

/** Wording shared by the failures of the queue-result check, which all expect the same. */
final class QueueResultWords {

  private QueueResultWords() {}

  /** What a correct program does, for {@code producers} children putting one value each. */
  static String expected(int producers) {
    return producers == 1
        ? "the parent to print the value it took from the queue, which a child put there"
        : "the parent to print the sum of the values it took from the queue, which "
            + producers + " children put there, one value each";
  }

  static String and(List<String> values) {
    return String.join(" and ", values);
  }
}

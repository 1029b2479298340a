package parproc.grader.checks.messages;

/** A failure of the queue-result check: all expect the same, the parent printing what children put. */
interface QueueResultFailure extends Failure {

  /** How many children should put one value each. */
  int producers();

  @Override
  default String expected() {
    return producers() == 1
        ? "the parent to print the value it took from the queue, which a child put there"
        : "the parent to print the sum of the values it took from the queue, which "
            + producers() + " children put there, one value each";
  }

  static String and(java.util.List<String> values) {
    return String.join(" and ", values);
  }
}

package parproc.grader.checks.messages;

/**
 * The parent did not print the line that carries the result.
 *
 * @param line the line as described to students
 */
public record NothingPrinted(String line) implements Failure {

  @Override
  public Message message() {
    return new Message("nothing printed", "the parent to print the result it took from the queue",
        "no line " + Words.quote(line) + " was printed", "print the result in the form shown.");
  }
}

package parproc.grader.checks.messages;

/**
 * The parent did not print the line that carries the result.
 *
 * @param line the line as described to students
 */
public record NothingPrinted(String line) implements Failure {

  @Override
  public String outcome() {
    return "nothing printed";
  }

  @Override
  public String expected() {
    return "the parent to print the result it took from the queue";
  }

  @Override
  public String observed() {
    return "no line " + Words.quote(line) + " was printed";
  }

  @Override
  public String tryThis() {
    return "print the result in the form shown.";
  }
}

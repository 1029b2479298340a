package parproc.grader.checks.messages;

/**
 * The line that should carry a number was not printed.
 *
 * @param line the line as a correct program prints it, with the expected number in place
 */
public record NoNumberPrinted(String line) implements Failure {

  @Override
  public String outcome() {
    return "no number printed";
  }

  @Override
  public String expected() {
    return Words.quote(line);
  }

  @Override
  public String observed() {
    return "no such line was printed";
  }

  @Override
  public String tryThis() {
    return "print the result in the form shown.";
  }
}

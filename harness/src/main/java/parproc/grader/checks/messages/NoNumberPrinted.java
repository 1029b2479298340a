package parproc.grader.checks.messages;

/**
 * The line that should carry a number was not printed.
 *
 * @param line the line as a correct program prints it, with the expected number in place
 */
public record NoNumberPrinted(String line) implements Failure {

  @Override
  public Message message() {
    return new Message("no number printed", Words.quote(line), "no such line was printed",
        "print the result in the form shown.");
  }
}

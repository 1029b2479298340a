package parproc.grader.checks.messages;

/**
 * A printed number differs from what the expression of the input gives.
 *
 * @param capture the number's name in the line template
 * @param expression the expression it should equal, as grading-config writes it
 * @param want the value of the expression
 * @param input the input fields, as "a = 3, b = 4"
 * @param got the number as printed
 * @param mistake the classic mistake it looks like
 */
public record WrongValue(
    String capture, String expression, String want, String input, String got, Mistake mistake)
    implements Failure {

  /** Mistakes recognised from the wrong value. */
  public enum Mistake {
    /** The two inputs joined as text, "3" + "4" = "34". */
    JOINED_AS_TEXT,
    /** Twice the right value: the work done by two processes and added again. */
    TWICE,
    /** Nothing recognised. */
    OTHER
  }

  @Override
  public Message message() {
    String advice = switch (mistake) {
      case JOINED_AS_TEXT -> "the numbers were joined as text: input() returns a string, so convert each with"
          + " int(...) or float(...) before adding.";
      case TWICE -> "that is twice the sum: is the sum computed by two processes and then added again?"
          + " One child adds, the parent only prints what it gets.";
      case OTHER -> "check the arithmetic, and that the numbers are converted with int() or float().";
    };
    return new Message("wrong value", capture + " = " + expression + " = " + want + " for input " + input,
        "the program printed " + got, advice);
  }
}

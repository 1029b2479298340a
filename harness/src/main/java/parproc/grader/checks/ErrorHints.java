package parproc.grader.checks;

import java.util.Optional;
import parproc.grader.observations.TraceEvent;

/** Advice for the errors students of this module really meet, recognised by type and message. */
public final class ErrorHints {

  private ErrorHints() {}

  /**
   * Advice for an exception.
   *
   * @param argsType the Python type of {@code args} given to the Process that raised it, if known
   */
  public static Optional<String> forException(String type, String message, String argsType) {
    String text = message == null ? "" : message;
    if (argsType != null && !argsType.equals("tuple") && !argsType.equals("list")
        && ("TypeError".equals(type))) {
      return Optional.of(
          "args=(name) is just the value in parentheses, not a tuple, so Python spread it"
              + " into separate arguments. Write a comma for a one-element tuple: args=(name,).");
    }
    if ("TypeError".equals(type) && text.contains("'str' object cannot be interpreted as an integer")) {
      return Optional.of(
          "input() returns a string in Python 3: convert it with int(...) before using it as a"
              + " count, e.g. range(int(numProc)).");
    }
    if ("TypeError".equals(type) && text.contains("'float' object cannot be interpreted as an integer")) {
      return Optional.of(
          "In Python 3, / always makes a float: use // for a whole number, e.g. range(n // 2).");
    }
    if ("TypeError".equals(type) && text.matches(".*takes \\d+ positional arguments? but \\d+ were given.*")) {
      return Optional.of(
          "The target got a different number of arguments than it takes: check args=(...) of the"
              + " Process; a tuple with one element needs a comma, args=(name,).");
    }
    if ("NameError".equals(type) && text.contains("raw_input")) {
      return Optional.of("raw_input() is Python 2: in Python 3 it is called input().");
    }
    if ("NameError".equals(type) && text.contains("xrange")) {
      return Optional.of("xrange() is Python 2: in Python 3 use range().");
    }
    if ("EOFError".equals(type)) {
      return Optional.of(
          "The program asked for more input than it was given: read exactly the lines the"
              + " exercise describes.");
    }
    if ("AssertionError".equals(type) && text.contains("cannot start a process twice")) {
      return Optional.of(
          "A Process object can be started only once: create a new Process for each child.");
    }
    if ("RuntimeError".equals(type) && text.contains("bootstrapping phase")) {
      return Optional.of(
          "Start processes only from inside the entry function, and put any call at the bottom of"
              + " the file under if __name__ == \"__main__\": — under the spawn start method each"
              + " child imports the file again.");
    }
    if ("FileNotFoundError".equals(type) && text.contains("SemLock")) {
      return Optional.of(
          "Under the spawn start method a child can fail to open a Lock or Queue whose last"
              + " reference the parent has already dropped: keep the Process objects and join()"
              + " them before returning.");
    }
    if ("ModuleNotFoundError".equals(type) || "ImportError".equals(type)) {
      return Optional.of(
          "The program imports something that is not there: only the standard library and the"
              + " submission's own files can be imported.");
    }
    if ("NotImplementedError".equals(type)) {
      return Optional.of("This is still the starter code: write the function's body.");
    }
    return Optional.empty();
  }

  /** Advice for an error that only stderr shows (a child that died before its target ran). */
  public static Optional<String> forStderr(String stderr) {
    if (stderr.contains("SemLock") || stderr.contains("FileNotFoundError")) {
      return forException("FileNotFoundError", "SemLock", null);
    }
    return Optional.empty();
  }

  public static Optional<String> forException(TraceEvent.ExceptionRaised raised, String argsType) {
    return forException(raised.type(), raised.message(), argsType);
  }
}

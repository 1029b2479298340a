package parproc.grader.checks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import parproc.grader.observations.TraceEvent;

/** Advice for the errors students of this module really meet, recognised by type and message. */
public final class ErrorHints {

  /** Advice for the exceptions of some types whose message passes a test; the first that fits wins. */
  private record Hint(Set<String> types, Predicate<String> message, String advice) {
    static Hint of(String type, String messageContains, String advice) {
      return new Hint(Set.of(type), text -> text.contains(messageContains), advice);
    }

    static Hint any(Set<String> types, String advice) {
      return new Hint(types, text -> true, advice);
    }
  }

  private static final List<Hint> HINTS = List.of(
      Hint.of("TypeError", "'str' object cannot be interpreted as an integer",
          "input() returns a string in Python 3: convert it with int(...) before using it as a"
              + " count, e.g. range(int(numProc))."),
      Hint.of("TypeError", "'float' object cannot be interpreted as an integer",
          "In Python 3, / always makes a float: use // for a whole number, e.g. range(n // 2)."),
      new Hint(Set.of("TypeError"), text -> text.matches(".*takes \\d+ positional arguments? but \\d+ were given.*"),
          "The target got a different number of arguments than it takes: check args=(...) of the"
              + " Process; a tuple with one element needs a comma, args=(name,)."),
      Hint.of("NameError", "raw_input", "raw_input() is Python 2: in Python 3 it is called input()."),
      Hint.of("NameError", "xrange", "xrange() is Python 2: in Python 3 use range()."),
      Hint.any(Set.of("EOFError"),
          "The program asked for more input than it was given: read exactly the lines the"
              + " exercise describes."),
      Hint.of("AssertionError", "cannot start a process twice",
          "A Process object can be started only once: create a new Process for each child."),
      Hint.of("RuntimeError", "bootstrapping phase",
          "Start processes only from inside the entry function, and put any call at the bottom of"
              + " the file under if __name__ == \"__main__\": — under the spawn start method each"
              + " child imports the file again."),
      Hint.of("FileNotFoundError", "SemLock",
          "Under the spawn start method a child can fail to open a Lock or Queue whose last"
              + " reference the parent has already dropped: keep the Process objects and join()"
              + " them before returning."),
      Hint.any(Set.of("ModuleNotFoundError", "ImportError"),
          "The program imports something that is not there: only the standard library and the"
              + " submission's own files can be imported."),
      Hint.any(Set.of("NotImplementedError"), "This is still the starter code: write the function's body."));

  private ErrorHints() {}

  /**
   * Advice for an exception.
   *
   * @param argsType the Python type of {@code args} given to the Process that raised it, if known
   */
  public static Optional<String> forException(String type, String message, String argsType) {
    if ("TypeError".equals(type) && argsType != null && !argsType.equals("tuple") && !argsType.equals("list")) {
      return Optional.of(
          "args=(name) is just the value in parentheses, not a tuple, so Python spread it"
              + " into separate arguments. Write a comma for a one-element tuple: args=(name,).");
    }
    if (type == null) {
      return Optional.empty();
    }
    String text = message == null ? "" : message;
    return HINTS.stream()
        .filter(hint -> hint.types().contains(type) && hint.message().test(text))
        .map(Hint::advice)
        .findFirst();
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

package parproc.grader.submissions;

import java.util.List;

/**
 * What one .py file of a submission defines, as Python's own parser sees it.
 *
 * @param functions top-level functions (for a file Python 3 cannot compile: found by pattern)
 * @param calls module-level calls of the file's own functions, such as {@code procEx()}
 * @param error why Python 3 cannot compile the file, or null
 * @param unread why the survey did not read the file ("4.1 MB, over the 1 MB limit for a source
 *     file"), or null when it did
 */
public record SurveyedFile(
    String file,
    List<Definition> functions,
    List<Definition> calls,
    List<String> python2Names,
    CompileError error,
    String unread) {

  public SurveyedFile {
    functions = functions == null ? List.of() : List.copyOf(functions);
    calls = calls == null ? List.of() : List.copyOf(calls);
    python2Names = python2Names == null ? List.of() : List.copyOf(python2Names);
  }

  /**
   * A name and the line it stands on; for a function, the parameters a call must give.
   *
   * @param required the parameters without a default value (empty for a call)
   */
  public record Definition(String name, int line, List<String> required) {
    public Definition {
      required = required == null ? List.of() : List.copyOf(required);
    }

    public Definition(String name, int line) {
      this(name, line, List.of());
    }
  }

  /** A file the survey could not read, and why. */
  public static SurveyedFile unread(String file, String why) {
    return new SurveyedFile(file, List.of(), List.of(), List.of(), null, why);
  }

  /** A syntax error, and whether the file looks like Python 2. */
  public record CompileError(String message, int line, String text, boolean python2) {}

  public boolean defines(String function) {
    return functions.stream().anyMatch(f -> f.name().equals(function));
  }

  public int lineOf(String function) {
    return functions.stream().filter(f -> f.name().equals(function)).mapToInt(Definition::line).findFirst().orElse(0);
  }
}

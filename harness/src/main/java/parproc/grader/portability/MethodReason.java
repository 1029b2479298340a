package parproc.grader.portability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parproc.grader.observations.Observation;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.observations.TraceEvent;

/**
 * Why a program fails under spawn or forkserver and not under fork (or the reverse), read from the
 * runs under the method it fails with: what pickle said of its target, a child's error on a name
 * the parent set, a process started again by the child's import, the grader having had to keep a
 * Lock for children still starting. Each is worded for a student: what the program does, why the
 * method minds, and what to change.
 */
final class MethodReason {

  /** "Can't pickle local object 'addManyPar.<locals>.worker'", as each Python version words it. */
  private static final Pattern LOCAL = Pattern.compile(
      "local object '?(?:<function )?([A-Za-z_][\\w.]*?)\\.<locals>\\.(<lambda>|[A-Za-z_]\\w*)");

  /** A lambda at the top level of a file: "Can't pickle <function <lambda> at 0x...>". */
  private static final Pattern LAMBDA = Pattern.compile("pickle <function <lambda>");

  private static final String BOOTSTRAPPING = "before the current process has finished its bootstrapping phase";

  private static final Pattern NAME_NOT_DEFINED = Pattern.compile("name '([A-Za-z_]\\w*)' is not defined");

  private static final Pattern NONE_ATTRIBUTE = Pattern.compile("'NoneType' object has no attribute '(\\w+)'");

  private MethodReason() {}

  /**
   * The reason {@code runs} (graded under {@code method}, which the program fails with) give, or
   * empty when they name none the grader knows.
   *
   * @param submission the student's folder, to read the line a child's error points at
   */
  static Optional<String> under(String method, ObservedExercise runs, Path submission) {
    StringBuilder stderr = new StringBuilder();
    for (Observation run : runs.runs()) {
      stderr.append(run.run().stderrText()).append('\n');
    }
    String errors = stderr.toString();
    Matcher local = LOCAL.matcher(errors);
    if (local.find()) {
      String outer = local.group(1);
      String target = local.group(2);
      if (target.equals("<lambda>")) {
        return Optional.of("the target is a lambda inside `" + outer + "`, and " + method + " can only start functions"
            + " defined by name at the top level of a file: define the child's function with def at the top level");
      }
      return Optional.of("the target `" + target + "` is defined inside `" + outer + "`, and " + method
          + " can only start functions defined at the top level of a file: move `" + target + "` out of `" + outer
          + "`");
    }
    if (LAMBDA.matcher(errors).find()) {
      return Optional.of("the target is a lambda, and " + method + " can only start functions defined by name at the"
          + " top level of a file: define the child's function with def");
    }
    if (errors.contains(BOOTSTRAPPING)) {
      return Optional.of("a process is started at the top level of the file, outside `if __name__ == \"__main__\":`;"
          + " " + method + " starts each child by importing the file again, which starts that process again: start"
          + " processes only inside functions, or under that guard");
    }
    Optional<String> global = globalOfTheParent(method, runs, submission);
    if (global.isPresent()) {
      return global;
    }
    for (Observation run : runs.runs()) {
      // A child that made a Lock at the top level of the file made it while importing the file.
      boolean madeAtImport = run.trace().all(TraceEvent.LockCreated.class).anyMatch(lock -> lock.pid() != run.rootPid()
          && lock.site() != null && "<module>".equals(lock.site().function()));
      if (madeAtImport) {
        return Optional.of("the Lock is made at the top level of the file, and " + method + " starts each child by"
            + " importing the file afresh, so each child makes a Lock of its own and none is shared: make the Lock in"
            + " the parent's function and pass it to each child in args");
      }
    }
    for (Observation run : runs.runs()) {
      Optional<TraceEvent.KeptAlive> kept = run.trace().all(TraceEvent.KeptAlive.class).findFirst();
      if (kept.isPresent()) {
        String what = kept.get().kind() == null ? "Lock" : kept.get().kind();
        return Optional.of("the parent returns without join() while its children are still starting: under " + method
            + " a child opens the " + what + " it was given only once it runs, and the parent's exit removes it"
            + " first, so run alone the children die unpickling it (the grader waited for them); join() the"
            + " children before returning");
      }
    }
    return Optional.empty();
  }

  /**
   * A child's NameError, or AttributeError on None, for a name the file's top level does not set:
   * the parent set it (a global) before starting the child, and only fork copies it.
   */
  private static Optional<String> globalOfTheParent(String method, ObservedExercise runs, Path submission) {
    for (Observation run : runs.runs()) {
      List<TraceEvent.ExceptionRaised> errors = run.trace().all(TraceEvent.ExceptionRaised.class)
          .filter(e -> "child".equals(e.where())).toList();
      for (TraceEvent.ExceptionRaised error : errors) {
        String message = error.message() == null ? "" : error.message();
        String name = null;
        Matcher undefined = NAME_NOT_DEFINED.matcher(message);
        Matcher none = NONE_ATTRIBUTE.matcher(message);
        if ("NameError".equals(error.type()) && undefined.find()) {
          name = undefined.group(1);
        } else if ("AttributeError".equals(error.type()) && none.find()) {
          name = nameBefore(submission, error.file(), error.line(), none.group(1)).orElse(null);
        }
        if (name != null) {
          String child = error.function() == null ? "the child" : "the child's `" + error.function() + "`";
          return Optional.of(child + " uses the global `" + name + "`, which the parent sets before starting it;"
              + " " + method + " starts each child by importing the file afresh, where `" + name + "` is not set: pass"
              + " it to the child in args instead");
        }
      }
    }
    return Optional.empty();
  }

  /** The name before {@code .attribute} on the given line of the student's file. */
  private static Optional<String> nameBefore(Path submission, String file, int line, String attribute) {
    if (submission == null || file == null || line <= 0) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(submission.resolve(file), StandardCharsets.UTF_8);
      if (line > lines.size()) {
        return Optional.empty();
      }
      Matcher matcher = Pattern.compile("([A-Za-z_]\\w*)\\s*\\.\\s*" + Pattern.quote(attribute))
          .matcher(lines.get(line - 1));
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}

package parproc.grader.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import parproc.grader.HarnessException;

/**
 * The Python 3 interpreter that runs students' programs: resolved once from a command such as
 * {@code python3} (possibly a launcher script, like pyenv's shim) to the real executable, so that
 * each run starts the interpreter directly.
 */
public record PythonInterpreter(Path executable, int major, int minor, int micro) {

  /** The oldest Python the probe supports. */
  public static final int MIN_MINOR = 8;

  /** The command tried first when none is named. */
  public static final String DEFAULT_COMMAND = "python3";

  /**
   * What is tried, in order, when no Python is named: {@code python3}; Windows' launcher {@code py
   * -3} and {@code python} where there is no {@code python3} (a Windows install, where
   * {@code python3} may be the Store's placeholder, which is no Python).
   */
  public static final List<List<String>> DEFAULT_COMMANDS = List.of(List.of("python3"), List.of("py", "-3"),
      List.of("python"));

  // Valid in Python 2 and 3 alike, so that a Python 2 is recognised and named, not misread.
  private static final String QUERY =
      "import sys; sys.stdout.write('%d %d %d\\n%s\\n' % (sys.version_info[0],"
          + " sys.version_info[1], sys.version_info[2], sys.executable))";

  public String version() {
    return major + "." + minor + "." + micro;
  }

  /**
   * Resolves a command to its interpreter. The command runs in the harness's own environment,
   * since a launcher may need it (pyenv reads PATH and PYENV_ROOT); runs of students' programs
   * never do.
   */
  public static PythonInterpreter resolve(String command) throws HarnessException {
    return DEFAULT_COMMAND.equals(command) ? resolveFirst(DEFAULT_COMMANDS) : resolve(List.of(command));
  }

  /**
   * The first of {@code commands} that is a Python 3.8 or later; when none is, the reason the
   * first one gave, naming the others tried.
   */
  static PythonInterpreter resolveFirst(List<List<String>> commands) throws HarnessException {
    HarnessException first = null;
    for (List<String> command : commands) {
      try {
        return resolve(command);
      } catch (HarnessException e) {
        first = first == null ? e : first;
      }
    }
    List<String> tried = commands.stream().map(command -> "'" + String.join(" ", command) + "'").toList();
    throw new HarnessException(first.getMessage() + " (tried " + String.join(", ", tried) + ")");
  }

  /** Resolves a command with its arguments, such as {@code py -3}, to its interpreter. */
  static PythonInterpreter resolve(List<String> words) throws HarnessException {
    String command = String.join(" ", words);
    List<String> query = new java.util.ArrayList<>(words);
    query.addAll(List.of("-c", QUERY));
    Process process;
    try {
      process = new ProcessBuilder(query).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new HarnessException("cannot run '" + command + "': " + reason(e)
          + ". Install Python 3." + MIN_MINOR + " or later, or name it with --python PATH.");
    }
    try {
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new HarnessException("'" + command + "' did not answer within 60 s");
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String[] lines = output.strip().split("\\R");
      String[] version = lines[0].trim().split(" ");
      if (process.exitValue() != 0 || lines.length < 2 || version.length != 3) {
        throw new HarnessException("'" + command + "' is not a working Python: " + output.strip());
      }
      int major = Integer.parseInt(version[0]);
      int minor = Integer.parseInt(version[1]);
      int micro = Integer.parseInt(version[2]);
      if (major != 3 || minor < MIN_MINOR) {
        throw new HarnessException("'" + command + "' is Python " + major + "." + minor + "." + micro
            + "; the grader runs programs with Python 3." + MIN_MINOR + " or later (name one with --python PATH)");
      }
      Path executable = lines[1].isBlank() ? Path.of(words.get(0)) : Path.of(lines[1].trim());
      if (!Files.isExecutable(executable)) {
        executable = Path.of(words.get(0));
      }
      return new PythonInterpreter(executable, major, minor, micro);
    } catch (IOException e) {
      throw new HarnessException("cannot read the answer of '" + command + "': " + reason(e));
    } catch (NumberFormatException e) {
      throw new HarnessException("'" + command + "' is not a working Python");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted while asking '" + command + "' for its version");
    }
  }

  private static String reason(IOException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("error=2") ? "no such program" : message;
  }
}

package parproc.grader.runs.isolation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The environment every Python process the grader starts gets, set on purpose rather than
 * inherited: the grader's own may hold PYTHONPATH, PYTHONSTARTUP or, as on the machines this was
 * built on, PYTHONUNBUFFERED, and nothing of the grader's (its paths, its secrets) belongs to a
 * student's program.
 */
public final class RunEnvironment {

  private RunEnvironment() {}

  /** The variables shared by runs and the survey of a submission, with the given home folder. */
  public static Map<String, String> base(Path home) {
    return base(home, System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"),
        System.getenv());
  }

  /**
   * As {@link #base(Path)}, on Windows when {@code windows}: there Python cannot start without
   * SYSTEMROOT (its random numbers come from the system's library), finds its temporary folder
   * in TEMP and TMP and the user's in USERPROFILE, and reads source and text files as UTF-8 only
   * in its UTF-8 mode. Of {@code grader}'s environment only SYSTEMROOT is taken.
   */
  static Map<String, String> base(Path home, boolean windows, Map<String, String> grader) {
    Map<String, String> env = new LinkedHashMap<>();
    if (windows) {
      String systemRoot = grader.getOrDefault("SYSTEMROOT", grader.getOrDefault("SystemRoot", "C:\\Windows"));
      env.put("SYSTEMROOT", systemRoot);
      env.put("PATH", systemRoot + "\\System32;" + systemRoot);
      env.put("USERPROFILE", home.toString());
      env.put("TEMP", home.resolve(".tmp").toString());
      env.put("TMP", home.resolve(".tmp").toString());
      env.put("PYTHONUTF8", "1");
    } else {
      env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    }
    env.put("HOME", home.toString());
    // multiprocessing's own temporary files (a forkserver's socket) go where the run is cleaned.
    env.put("TMPDIR", home.resolve(".tmp").toString());
    env.put("LANG", "C.UTF-8");
    env.put("LC_ALL", "C.UTF-8");
    // Unbuffered: each write reaches the pipe when it is made, so the captured order is the
    // real order, no output waits in a buffer until exit, and a killed child loses nothing.
    env.put("PYTHONUNBUFFERED", "1");
    // Names with letters beyond ASCII are read and printed alike on every machine.
    env.put("PYTHONIOENCODING", "utf-8");
    // No __pycache__ folders in a student's submission.
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    return env;
  }
}

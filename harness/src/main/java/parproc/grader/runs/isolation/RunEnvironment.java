package parproc.grader.runs.isolation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
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
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
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

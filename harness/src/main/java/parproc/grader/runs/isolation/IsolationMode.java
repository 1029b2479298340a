package parproc.grader.runs.isolation;

import java.util.Locale;

/** How far a run is kept apart from the grader, other runs and the machine. */
public enum IsolationMode {
  /** Own uid, own cgroup, and own mount, pid and network namespaces with a minimal root. */
  NAMESPACE,
  /** Own uid and own cgroup; file permissions keep it out of the grader's files. */
  PERMISSIONS,
  /** The grader's own user: only the limits of each run apply. */
  NONE;

  /** The name used on the command line and in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a mode as the command line gives it; null stands for "auto" (the strongest that works). */
  public static IsolationMode parse(String text) {
    if (text == null || text.isBlank() || text.equalsIgnoreCase("auto")) {
      return null;
    }
    for (IsolationMode mode : values()) {
      if (mode.label().equalsIgnoreCase(text.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown isolation '" + text + "': use auto, namespace, permissions or none");
  }
}

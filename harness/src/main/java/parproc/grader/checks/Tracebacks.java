package parproc.grader.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Tracebacks as a student should read them: the frames of the grader's probe, which wraps
 * {@code Process.run} in every process, are taken out, so what is left is the student's code
 * and Python's own.
 */
final class Tracebacks {

  private Tracebacks() {}

  /** The lines of stderr without the probe's frames (a frame's "File" line and its source lines). */
  static List<String> withoutGraderFrames(List<String> lines) {
    List<String> kept = new ArrayList<>();
    boolean skipping = false;
    for (String line : lines) {
      boolean frame = line.startsWith("  File \"");
      if (frame) {
        skipping = graders(line);
      } else if (skipping && !line.startsWith("    ")) {
        skipping = false;
      }
      if (!skipping) {
        kept.add(line);
      }
    }
    return kept;
  }

  private static boolean graders(String frameLine) {
    return frameLine.contains("/parproc_probe/") || frameLine.contains("parproc_run.py")
        || frameLine.contains("\\parproc_probe\\");
  }
}

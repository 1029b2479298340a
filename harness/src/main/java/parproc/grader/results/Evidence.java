package parproc.grader.results;

import java.util.ArrayList;
import java.util.List;

/**
 * What was expected and what was observed, line by line, so that a report can show both.
 *
 * @param observedLabel what the observed lines are, for a report's heading ("stderr", "lines as
 *     each process wrote them")
 */
public record Evidence(List<String> expected, List<String> observed, String observedLabel) {

  /** The most lines kept on each side: enough to see the problem, small enough to report. */
  public static final int MOST_LINES = 200;

  public Evidence {
    expected = capped(expected);
    observed = capped(observed);
    observedLabel = observedLabel == null ? "observed" : observedLabel;
  }

  public Evidence(List<String> expected, List<String> observed) {
    this(expected, observed, "observed");
  }

  public static Evidence none() {
    return new Evidence(List.of(), List.of(), "observed");
  }

  private static List<String> capped(List<String> lines) {
    if (lines.size() <= MOST_LINES) {
      return List.copyOf(lines);
    }
    List<String> kept = new ArrayList<>(lines.subList(0, MOST_LINES));
    kept.add("... (" + (lines.size() - MOST_LINES) + " more lines)");
    return List.copyOf(kept);
  }

  public boolean isEmpty() {
    return expected.isEmpty() && observed.isEmpty();
  }
}

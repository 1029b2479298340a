package parproc.grader.verdicts;

import java.util.List;

/**
 * What was expected and what was observed, line by line, so that a report can show both.
 *
 * @param observedLabel what the observed lines are, for a report's heading ("stderr", "lines as
 *     each process wrote them")
 */
public record Evidence(List<String> expected, List<String> observed, String observedLabel) {

  public Evidence {
    expected = List.copyOf(expected);
    observed = List.copyOf(observed);
    observedLabel = observedLabel == null ? "observed" : observedLabel;
  }

  public Evidence(List<String> expected, List<String> observed) {
    this(expected, observed, "observed");
  }

  public static Evidence none() {
    return new Evidence(List.of(), List.of(), "observed");
  }

  public boolean isEmpty() {
    return expected.isEmpty() && observed.isEmpty();
  }
}

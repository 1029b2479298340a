package parproc.grader.verdicts;

import java.util.List;

/** What was expected and what was observed, line by line, so that a report can show both. */
public record Evidence(List<String> expected, List<String> observed) {

  public Evidence {
    expected = List.copyOf(expected);
    observed = List.copyOf(observed);
  }

  public static Evidence none() {
    return new Evidence(List.of(), List.of());
  }

  public boolean isEmpty() {
    return expected.isEmpty() && observed.isEmpty();
  }
}

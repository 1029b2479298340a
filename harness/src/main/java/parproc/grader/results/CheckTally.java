package parproc.grader.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parproc.grader.config.Visibility;

/** Counts one check's verdicts over the runs of an exercise into a {@link CheckResult}. */
public final class CheckTally {

  /** A verdict with the run it came from. */
  public record RunVerdict(int run, String input, Verdict verdict, String stdout) {}

  private CheckTally() {}

  public static CheckResult of(String id, String description, int points, Visibility visibility,
      List<RunVerdict> verdicts) {
    Map<String, OutcomeCount> counts = new LinkedHashMap<>();
    FirstFailure first = null;
    int failed = 0;
    int unjudged = 0;
    String interesting = null;
    for (RunVerdict entry : verdicts) {
      Verdict verdict = entry.verdict();
      Expectation expect = switch (verdict.status()) {
        case PASS -> verdict.interesting() ? Expectation.INTERESTING : Expectation.ACCEPTABLE;
        case FAIL -> Expectation.FORBIDDEN;
        case UNJUDGED -> Expectation.UNJUDGED;
      };
      counts.merge(verdict.outcome() + "\u0000" + expect,
          new OutcomeCount(verdict.outcome(), 1, expect),
          (a, b) -> new OutcomeCount(a.outcome(), a.samples() + 1, a.expect()));
      if (verdict.status() == Status.FAIL) {
        failed++;
        if (first == null) {
          first = new FirstFailure(entry.run(), entry.input(), verdict.message(), verdict.evidence(), entry.stdout(),
              verdict.cause());
        }
      } else if (verdict.status() == Status.UNJUDGED) {
        unjudged++;
      } else if (verdict.interesting() && interesting == null) {
        interesting = "run " + entry.run() + ": " + verdict.message();
      }
    }
    List<OutcomeCount> histogram = new ArrayList<>(counts.values());
    histogram.sort((a, b) -> b.samples() != a.samples() ? b.samples() - a.samples() : a.outcome().compareTo(b.outcome()));
    String note = interesting;
    if (unjudged > 0) {
      String reason = verdicts.stream().filter(v -> v.verdict().status() == Status.UNJUDGED)
          .map(v -> v.verdict().message()).findFirst().orElse("");
      note = "not judged in " + unjudged + " of " + verdicts.size() + " runs: " + reason;
    }
    return new CheckResult(id, description, points, failed == 0, verdicts.size(), failed, unjudged,
        histogram, first, note, visibility);
  }
}

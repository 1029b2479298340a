package parproc.grader.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.LineSpec;
import parproc.grader.config.Writer;
import parproc.grader.verdicts.Evidence;
import parproc.grader.verdicts.Verdict;

/**
 * Every expected line is printed the expected number of times, by the expected process, and
 * (unless the config allows extra lines) nothing else. Lines are judged as each process wrote
 * them, so unlocked children that mix their writes in the output lose nothing.
 */
final class LinesCheck implements Check {

  private final CheckSpec.Lines spec;

  LinesCheck(CheckSpec.Lines spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public Verdict evaluate(RunView run) {
    List<MatchedLine> lines = run.judgedLines();
    if (!run.perProcess() && !lockedExercise(run)
        && lines.stream().anyMatch(line -> !line.matched())) {
      return Verdict.unjudged(
          "output not attributable",
          "Some output reached stdout without passing through the probe, and this program"
              + " prints without a lock, so its lines may be mixed: the lines were not judged"
              + " in this run.");
    }
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    List<String> tooOften = new ArrayList<>();
    List<String> wrongWriter = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    int reworded = 0;
    for (LineSpec line : run.config().lines()) {
      Optional<Integer> count = run.expectedCount(line);
      if (count.isEmpty()) {
        return Verdict.unjudged("count unknown", "The expected number of lines could not be read from the input.");
      }
      int positions = line.enumerated() ? line.positions() : 1;
      for (int position = 0; position < positions; position++) {
        int wanted = count.get();
        int seen = countOf(lines, line, line.enumerated() ? position : -1);
        String text = run.describe(line, line.enumerated() ? position : -1);
        expected.add(text + "  (" + Text.times(wanted) + ", by " + line.by().phrase() + ")");
        if (seen < wanted) {
          String closest = closest(lines, line, line.enumerated() ? position : -1);
          reworded += closest.isEmpty() ? 0 : 1;
          missing.add(Text.quote(text) + (wanted == 1 ? "" : " (printed " + seen + " of " + wanted + " times)") + closest);
        } else if (seen > wanted) {
          tooOften.add(Text.quote(text) + " (printed " + Text.times(seen) + ", expected " + Text.times(wanted) + ")");
        }
      }
    }
    for (MatchedLine line : lines) {
      if (line.bound()) {
        continue;
      }
      if (!line.matched()) {
        if (!spec.allowExtra()) {
          extra.add(Text.quote(line.line().raw().strip()) + " (not an expected line)");
        }
      } else if (line.spec().enumerated() && line.position() < 0) {
        extra.add(Text.quote(line.line().raw().strip()) + nearest(run, line));
      } else if (run.perProcess() && !rightWriter(run, line)) {
        wrongWriter.add(Text.quote(line.line().raw().strip()) + " was printed by "
            + (line.line().writer() == run.observation().rootPid() ? "the parent" : "a child process")
            + ", not by " + line.spec().by().phrase());
      }
    }
    if (missing.isEmpty() && extra.isEmpty() && tooOften.isEmpty() && wrongWriter.isEmpty()) {
      return Verdict.pass("all expected lines");
    }
    List<String> problems = new ArrayList<>();
    missing.forEach(line -> problems.add("missing: " + line));
    tooOften.forEach(line -> problems.add("too often: " + line));
    extra.forEach(line -> problems.add("not expected: " + line));
    problems.addAll(wrongWriter);
    String outcome = reworded == missing.size() && tooOften.isEmpty() && extra.isEmpty() && wrongWriter.isEmpty()
        ? "worded differently"
        : outcome(missing.size(), tooOften.size(), extra.size(), wrongWriter.size());
    String tryThis = hint(!wrongWriter.isEmpty()
        ? "each child prints its own line in the function it runs (its target); the parent only starts it."
        : "compare your output with the expected lines above, word for word.");
    return Verdict.fail(outcome,
        Text.message("these lines, in any order:\n" + Text.indented(expected, 12), problems, tryThis),
        new Evidence(expected, observedLines(run, lines), WRITTEN));
  }

  private static boolean lockedExercise(RunView run) {
    return run.config().checks().stream().anyMatch(CheckSpec.Intact.class::isInstance);
  }

  private static int countOf(List<MatchedLine> lines, LineSpec spec, int position) {
    return (int) lines.stream()
        .filter(line -> line.is(spec.id()) && line.expected() && !line.bound()
            && (position < 0 || line.position() == position))
        .count();
  }

  /**
   * The printed lines bound to a missing line as its rewording, the first shown with the words
   * that differ in brackets; empty when none is.
   */
  private static String closest(List<MatchedLine> lines, LineSpec spec, int position) {
    List<MatchedLine> bound = lines.stream()
        .filter(line -> line.bound() && line.is(spec.id()) && (position < 0 || line.position() == position))
        .toList();
    if (bound.isEmpty()) {
      return "";
    }
    NearMiss.Alignment first = bound.get(0).nearMiss();
    return ", closest printed: " + Text.quote(first.printedMarked())
        + (first.sameWords() ? " (only punctuation, case or spacing differ)"
            : first.expectedMarked().contains("[")
                ? " (differing words in brackets; expected " + Text.quote(first.expectedMarked()) + ")"
                : " (the words in brackets are not expected)")
        + (bound.size() > 1 ? " and " + Text.plural(bound.size() - 1, "more line", "more lines") + " like it" : "");
  }

  private static boolean rightWriter(RunView run, MatchedLine line) {
    boolean byRoot = line.line().writer() == run.observation().rootPid();
    Writer by = line.spec().by();
    return by == Writer.ANY || (by == Writer.PARENT) == byRoot;
  }

  /** For a line with unexpected values: the expected line that shares its first value. */
  private static String nearest(RunView run, MatchedLine line) {
    LineSpec spec = line.spec();
    String first = spec.eachNames().get(0);
    String value = line.captures().get(first);
    for (int position = 0; position < spec.positions(); position++) {
      if (LineMatcher.sameValue(spec.valuesAt(position).get(first), value)) {
        return " (expected " + Text.quote(run.describe(spec, position)) + ")";
      }
    }
    return " (" + first + " " + value + " is not one of the expected values)";
  }

  private static String outcome(int missing, int tooOften, int extra, int wrongWriter) {
    List<String> parts = new ArrayList<>();
    if (missing > 0) {
      parts.add(missing + " missing");
    }
    if (tooOften > 0) {
      parts.add(tooOften + " too often");
    }
    if (extra > 0) {
      parts.add(extra + " unexpected");
    }
    if (wrongWriter > 0) {
      parts.add(wrongWriter + " by the wrong process");
    }
    return String.join(", ", parts);
  }

  /** The label of evidence made of {@link #observedLines}. */
  static final String WRITTEN = "lines as each process wrote them";

  static List<String> observedLines(RunView run, List<MatchedLine> lines) {
    List<String> observed = new ArrayList<>();
    for (MatchedLine line : lines) {
      long writer = line.line().writer();
      String who = writer == 0 ? "" : writer == run.observation().rootPid() ? "[parent] " : "[child " + writer + "] ";
      observed.add(who + line.line().raw().strip());
    }
    return observed;
  }
}

package parproc.grader.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parproc.grader.checks.messages.LinesDiffer;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.LineSpec;
import parproc.grader.config.Writer;
import parproc.grader.results.Verdict;

/**
 * Every expected line is printed the expected number of times, by the expected process, and
 * (unless the config allows extra lines) nothing else. Lines are judged as each process wrote
 * them, so unlocked children that mix their writes in the output lose nothing.
 */
record LinesCheck(CheckSpec.Lines spec) implements Check {

  /**
   * The words of the lines are judged on the output the grader captured itself; who printed them
   * comes from the record, and where it is not whole the words alone earn nothing (unjudged).
   */
  @Override
  public boolean needsTrace() {
    return false;
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
    List<LinesDiffer.Expected> expected = new ArrayList<>();
    for (LineSpec line : run.config().lines()) {
      Optional<Integer> count = run.expectedCount(line);
      if (count.isEmpty()) {
        return Verdict.unjudged("count unknown", "The expected number of lines could not be read from the input.");
      }
      int positions = line.enumerated() ? line.positions() : 1;
      for (int position = 0; position < positions; position++) {
        int at = line.enumerated() ? position : -1;
        expected.add(new LinesDiffer.Expected(
            run.describe(line, at), count.get(), countOf(lines, line, at), line.by().phrase(),
            closest(lines, line, at), standIns(lines, line, at)));
      }
    }
    List<LinesDiffer.Unexpected> unexpected = new ArrayList<>();
    List<LinesDiffer.WrongWriter> wrongWriter = new ArrayList<>();
    for (MatchedLine line : lines) {
      String text = line.line().raw().strip();
      if (line.bound()) {
        continue;
      }
      if (!line.matched()) {
        if (!spec.allowExtra()) {
          unexpected.add(LinesDiffer.Unexpected.noLine(text));
        }
      } else if (line.spec().enumerated() && line.position() < 0) {
        unexpected.add(withUnexpectedValues(run, line, text));
      } else if (run.perProcess() && !rightWriter(run, line)) {
        wrongWriter.add(new LinesDiffer.WrongWriter(
            text, line.line().writer() == run.observation().rootPid(), line.spec().by().phrase()));
      }
    }
    LinesDiffer differ = new LinesDiffer(expected, unexpected, wrongWriter);
    if (differ.none() && !run.perProcess() && writersMatter(run)) {
      // The words are right, but who printed them is unknown: no point for what was not seen.
      return Verdict.unjudged("writers unknown", "The grader's record of this run does not account for"
          + " all of its output, so which process printed each line is unknown: the lines were not judged.");
    }
    if (differ.none()) {
      return Verdict.pass("all expected lines");
    }
    return fail(differ, run.asWritten(expected.stream().map(LinesDiffer.Expected::listed).toList()));
  }

  private static boolean writersMatter(RunView run) {
    return run.config().lines().stream().anyMatch(line -> line.by() != Writer.ANY);
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

  /** The printed lines bound to an expected line by their words, or null when none is. */
  private static LinesDiffer.Closest closest(List<MatchedLine> lines, LineSpec spec, int position) {
    List<MatchedLine> bound = boundTo(lines, spec, position).stream()
        .filter(line -> line.binding() == MatchedLine.Binding.WORDS).toList();
    if (bound.isEmpty()) {
      return null;
    }
    NearMiss.Alignment first = bound.get(0).nearMiss();
    return new LinesDiffer.Closest(first.printedMarked(), first.expectedMarked(), first.sameWords(), bound.size());
  }

  /** The printed lines bound to an expected line otherwise than by their words, as printed. */
  private static List<String> standIns(List<MatchedLine> lines, LineSpec spec, int position) {
    return boundTo(lines, spec, position).stream().filter(line -> line.binding() != MatchedLine.Binding.WORDS)
        .map(line -> line.line().raw().strip()).toList();
  }

  private static List<MatchedLine> boundTo(List<MatchedLine> lines, LineSpec spec, int position) {
    return lines.stream()
        .filter(line -> line.bound() && line.is(spec.id()) && (position < 0 || line.position() == position))
        .toList();
  }

  private static boolean rightWriter(RunView run, MatchedLine line) {
    boolean byRoot = line.line().writer() == run.observation().rootPid();
    Writer by = line.spec().by();
    return by == Writer.ANY || (by == Writer.PARENT) == byRoot;
  }

  /** A line with unexpected values, with the expected line that shares its first value if any. */
  private static LinesDiffer.Unexpected withUnexpectedValues(RunView run, MatchedLine line, String text) {
    LineSpec spec = line.spec();
    String first = spec.eachNames().get(0);
    String value = line.captures().get(first);
    String nearest = null;
    for (int position = 0; position < spec.positions() && nearest == null; position++) {
      if (LineMatcher.sameValue(spec.valuesAt(position).get(first), value)) {
        nearest = run.describe(spec, position);
      }
    }
    return new LinesDiffer.Unexpected(text, nearest, first, value);
  }
}

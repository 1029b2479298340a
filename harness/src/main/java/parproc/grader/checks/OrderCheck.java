package parproc.grader.checks;

import java.util.List;
import java.util.Optional;
import parproc.grader.checks.messages.LinesMissingForOrder;
import parproc.grader.checks.messages.NumberedLine;
import parproc.grader.checks.messages.OutOfOrder;
import parproc.grader.checks.messages.TooFewLines;
import parproc.grader.checks.messages.UnusualOrder;
import parproc.grader.checks.messages.ValuesMissingForOrder;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.LineSpec;
import parproc.grader.results.Verdict;

/**
 * One line is printed before another. Judged on the trace's global order, which respects
 * causality: a line whose last write precedes a put, a release or a process's end comes before
 * any line printed after the matching get, acquire or join. Only orders the program forces are
 * configured as {@code always}; orders that only a sleep makes likely are {@code usually}: they
 * are counted in the histogram and never cost points.
 */
record OrderCheck(CheckSpec.Order spec) implements Check {

  @Override
  public Verdict evaluate(RunView run) {
    boolean usually = spec.expect() == CheckSpec.Expect.USUALLY;
    if (!run.perProcess()) {
      return RunView.writesNotTraced("when each line was written");
    }
    LineSpec firstSpec = run.spec(spec.first());
    LineSpec thenSpec = run.spec(spec.then());
    // An order among one line's own instances (names arriving in the order sent) pins their
    // values: only lines that show the exercise's own values are judged by it.
    boolean ownValues = spec.first().equals(spec.then());
    List<RunView.Instance> first =
        ownValues ? run.instancesShowingTheirValues(spec.first()) : run.instances(spec.first());
    List<RunView.Instance> then = ownValues ? first : run.instances(spec.then());
    Optional<TooFewLines> missing =
        run.tooFew(firstSpec, first.size()).or(() -> run.tooFew(thenSpec, then.size()));
    if (missing.isPresent()) {
      if (usually) {
        return Verdict.pass("not observed");
      }
      int standIns = ownValues ? run.instances(spec.first()).size() - first.size() : 0;
      return standIns > 0
          ? fail(new ValuesMissingForOrder(run.describe(firstSpec, -1), first.size(), missing.get().wanted(), standIns))
          : fail(new LinesMissingForOrder(run.describe(firstSpec, -1), run.describe(thenSpec, -1), missing.get()));
    }
    for (RunView.Instance before : first) {
      for (RunView.Instance after : then) {
        if (paired(before, after) && after.line().firstEvent() < before.line().lastEvent()) {
          return violation(run, before, after, usually);
        }
      }
    }
    return Verdict.pass("in order");
  }

  private boolean paired(RunView.Instance before, RunView.Instance after) {
    return switch (spec.pairing()) {
      case ALL -> before.match() != after.match();
      case SAME -> before.index() == after.index();
      case SUCCESSIVE -> after.index() == before.index() + 1;
    };
  }

  private Verdict violation(RunView run, RunView.Instance before, RunView.Instance after, boolean usually) {
    String beforeText = before.line().raw().strip();
    String afterText = after.line().raw().strip();
    if (usually) {
      return Verdict.interesting(UnusualOrder.OUTCOME, new UnusualOrder(beforeText, afterText).message());
    }
    List<NumberedLine> output = run.judgedLines().stream()
        .map(line -> new NumberedLine(line.line().position() + 1, line.line().raw().strip(),
            line.line() == before.line() || line.line() == after.line()))
        .toList();
    return fail(new OutOfOrder(beforeText, afterText, output), run.asWritten(List.of(beforeText, afterText)));
  }
}

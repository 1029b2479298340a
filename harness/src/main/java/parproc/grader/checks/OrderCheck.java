package parproc.grader.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.LineSpec;
import parproc.grader.verdicts.Evidence;
import parproc.grader.verdicts.Verdict;

/**
 * One line is printed before another. Judged on the trace's global order, which respects
 * causality: a line whose last write precedes a put, a release or a process's end comes before
 * any line printed after the matching get, acquire or join. Only orders the program forces are
 * configured as {@code always}; orders that only a sleep makes likely are {@code usually}: they
 * are counted in the histogram and never cost points.
 */
final class OrderCheck implements Check {

  private final CheckSpec.Order spec;

  OrderCheck(CheckSpec.Order spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public Verdict evaluate(RunView run) {
    boolean usually = spec.expect() == CheckSpec.Expect.USUALLY;
    if (!run.perProcess()) {
      return RunView.writesNotTraced("when each line was written");
    }
    LineSpec firstSpec = run.spec(spec.first());
    LineSpec thenSpec = run.spec(spec.then());
    List<RunView.Instance> first = run.instances(spec.first());
    List<RunView.Instance> then = run.instances(spec.then());
    Optional<String> missing = missing(run, firstSpec, first).or(() -> missing(run, thenSpec, then));
    if (missing.isPresent()) {
      if (usually) {
        return Verdict.pass("not observed");
      }
      return Verdict.fail(
          "lines missing",
          Text.message("to check that " + Text.quote(run.describe(thenSpec, -1)) + " comes after "
                  + Text.quote(run.describe(firstSpec, -1)),
              missing.get(),
              hint("make sure both lines are printed (see the other checks).")));
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

  private static Optional<String> missing(RunView run, LineSpec spec, List<RunView.Instance> instances) {
    Optional<Integer> wanted = run.expectedInstances(spec);
    if (wanted.isPresent() && instances.size() < wanted.get()) {
      return Optional.of(Text.quote(run.describe(spec, -1)) + " was printed " + Text.times(instances.size())
          + " instead of " + Text.times(wanted.get()) + ", so the order could not be checked");
    }
    return Optional.empty();
  }

  private Verdict violation(RunView run, RunView.Instance before, RunView.Instance after, boolean usually) {
    String beforeText = Text.quote(before.line().raw().strip());
    String afterText = Text.quote(after.line().raw().strip());
    if (usually) {
      return Verdict.interesting("unusual order", afterText + " came before " + beforeText
          + ": allowed, only less likely.");
    }
    List<String> order = new ArrayList<>();
    for (MatchedLine line : run.judgedLines()) {
      String mark = line.line() == before.line() || line.line() == after.line() ? "  <--" : "";
      order.add((line.line().position() + 1) + ": " + line.line().raw().strip() + mark);
    }
    return Verdict.fail(
        "out of order",
        Text.message(afterText + " to be printed after " + beforeText,
            "it was printed before it:\n" + Text.indented(order, 20),
            hint("only something that makes one process wait for another fixes an order: q.get()"
                + " waits for a q.put(), join() waits for a child to end.")),
        new Evidence(List.of(before.line().raw().strip(), after.line().raw().strip()),
            LinesCheck.observedLines(run, run.judgedLines()), LinesCheck.WRITTEN));
  }
}

package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.Numbers;
import parproc.grader.verdicts.Verdict;

/**
 * The number the parent prints came through the queue: it equals the sum of what the parent
 * took from the queue, which equals the sum of what the children put, each of the expected
 * number of children putting one value. Addition is commutative, so it holds whichever child
 * finishes first.
 */
final class QueueResultCheck implements Check {

  private final CheckSpec.QueueResult spec;

  QueueResultCheck(CheckSpec.QueueResult spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public Verdict evaluate(RunView run) {
    if (run.observation().trace().root().isEmpty()) {
      return Verdict.unjudged("no trace", "The probe left no trace of this run, so its queues are unknown.");
    }
    Optional<BigDecimal> printed = run.printedNumber(spec.line(), spec.capture());
    if (printed.isEmpty()) {
      return Verdict.fail(
          "nothing printed",
          Text.message("the parent to print the result it took from the queue",
              "no line " + Text.quote(run.describe(run.spec(spec.line()), -1)) + " was printed",
              hint("print the result in the form shown.")));
    }
    QueueValues values = QueueValues.of(run.observation().trace(), run.observation().rootPid());
    BigDecimal shown = printed.get();
    String expected = spec.producers() == 1
        ? "the parent to print the value it took from the queue, which a child put there"
        : "the parent to print the sum of the values it took from the queue, which "
            + spec.producers() + " children put there, one value each";
    if (values.parentTook().isEmpty()) {
      return fail(run, "parent took nothing",
          expected, "the parent printed " + Numbers.plain(shown) + " without taking any value from a queue",
          "the parent must call q.get() (once for each child's put) and print what it got.");
    }
    BigDecimal took = QueueValues.sum(values.parentTook());
    if (!Numbers.same(took, shown)) {
      return fail(run, "printed value not from the queue", expected,
          "the parent took " + QueueValues.list(values.parentTook())
              + (values.parentTook().size() > 1 ? " (sum " + Numbers.plain(took) + ")" : "")
              + " from the queue but printed " + Numbers.plain(shown),
          values.parentTook().size() < spec.producers()
              ? "call q.get() once for each child that puts a value, and add what you get."
              : "print exactly what the queue gave you (added up, if there are several values).");
    }
    Map<Long, List<BigDecimal>> put = values.childrenPut();
    boolean onePerChild = put.values().stream().allMatch(list -> list.size() == 1);
    if (put.size() != spec.producers() || !onePerChild) {
      return fail(run, put.size() + " producing " + (put.size() == 1 ? "child" : "children"), expected,
          Text.plural(spec.producers(), "child", "children") + " should each put one value, but "
              + describe(put),
          spec.producers() == 1
              ? "let one child compute the result and put it on the queue."
              : "give each child its share of the work, and let each put its own result once.");
    }
    BigDecimal allPut = QueueValues.sum(values.allPut());
    if (!Numbers.same(allPut, shown)) {
      return fail(run, "sum differs from the children's", expected,
          "the children put " + QueueValues.list(values.allPut()) + " but the parent printed "
              + Numbers.plain(shown), "add exactly the values the children put on the queue.");
    }
    return Verdict.pass("result came through the queue");
  }

  private static String describe(Map<Long, List<BigDecimal>> put) {
    if (put.isEmpty()) {
      return "no child put a number on a queue";
    }
    return String.join("; ", put.entrySet().stream()
        .map(e -> "process " + e.getKey() + " put " + QueueValues.list(e.getValue())).toList());
  }

  private Verdict fail(RunView run, String outcome, String expected, String observed, String tryThis) {
    return Verdict.fail(outcome, Text.message(expected, observed, hint(tryThis)));
  }
}

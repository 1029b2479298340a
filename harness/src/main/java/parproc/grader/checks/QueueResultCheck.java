package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.checks.messages.NotWhatWasTaken;
import parproc.grader.checks.messages.NothingPrinted;
import parproc.grader.checks.messages.ParentTookNothing;
import parproc.grader.checks.messages.SumDiffers;
import parproc.grader.checks.messages.WrongProducers;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.Numbers;
import parproc.grader.results.Verdict;

/**
 * The number the parent prints came through the queue: it equals the sum of what the parent
 * took from the queue, which equals the sum of what the children put, each of the expected
 * number of children putting one value. Addition is commutative, so it holds whichever child
 * finishes first.
 */
record QueueResultCheck(CheckSpec.QueueResult spec) implements Check {

  @Override
  public Verdict evaluate(RunView run) {
    if (run.observation().trace().root().isEmpty()) {
      return Verdict.unjudged("no trace", "The probe left no trace of this run, so its queues are unknown.");
    }
    Optional<BigDecimal> printed = run.printedNumber(spec.line(), spec.capture());
    if (printed.isEmpty()) {
      return fail(new NothingPrinted(run.describe(run.spec(spec.line()), -1)));
    }
    QueueValues values = QueueValues.of(run.observation().trace(), run.observation().rootPid());
    BigDecimal shown = printed.get();
    String shownText = Numbers.plain(shown);
    int producers = spec.producers();
    if (values.parentTook().isEmpty()) {
      return fail(new ParentTookNothing(producers, shownText));
    }
    BigDecimal took = QueueValues.sum(values.parentTook());
    if (!Numbers.same(took, shown)) {
      return fail(new NotWhatWasTaken(producers, plain(values.parentTook()), Numbers.plain(took), shownText));
    }
    Map<Long, List<BigDecimal>> put = values.childrenPut();
    boolean onePerChild = put.values().stream().allMatch(list -> list.size() == 1);
    if (put.size() != producers || !onePerChild) {
      Map<Long, List<String>> putText = new LinkedHashMap<>();
      put.forEach((pid, list) -> putText.put(pid, plain(list)));
      return fail(new WrongProducers(producers, putText));
    }
    if (!Numbers.same(QueueValues.sum(values.allPut()), shown)) {
      return fail(new SumDiffers(producers, plain(values.allPut()), shownText));
    }
    return Verdict.pass("result came through the queue");
  }

  private static List<String> plain(List<BigDecimal> values) {
    return values.stream().map(Numbers::plain).toList();
  }
}

package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parproc.grader.checks.messages.Draws;
import parproc.grader.checks.messages.ImplausiblePartialSums;
import parproc.grader.checks.messages.ImplausibleTotal;
import parproc.grader.checks.messages.NoSumSeen;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.Numbers;
import parproc.grader.results.Verdict;

/**
 * Each child's partial sum is plausible for its number of random draws.
 *
 * <p>The bound. A partial sum S of n independent draws of randint(low, high) has mean
 * n(low + high)/2. Hoeffding's inequality holds for any variables bounded in [low, high], with
 * no normal approximation (which would not be trustworthy this far into the tail):
 * P(|S - mean| >= t) <= 2 exp(-2t^2 / (n (high - low)^2)). Asking this to be at most delta and
 * solving gives t = (high - low) sqrt(n ln(2/delta) / 2). A correct run must fail with
 * probability below 1e-9, and it has {@code producers} partial sums, so by the union bound each
 * gets delta = 1e-9 / producers. For addManyPar (n = 500,000, values 1..100, two children):
 * delta = 5e-10, ln(2/delta) = 22.11, t = 99 sqrt(500,000 x 22.11 / 2) = 232,753, about 11.4
 * standard deviations (28.87 per draw, 20,414 for the partial sum) around 25,250,000: wide for
 * a correct program, narrow against doing twice or half the work (a difference of 25 million).
 */
record PlausibleSumCheck(CheckSpec.PlausibleSum spec) implements Check {

  /** The largest chance that a correct run fails this check. */
  static final double FALSE_FAILURE_PROBABILITY = 1e-9;

  /** Half-width of the accepted interval around the mean of n draws. */
  static double bound(long draws, long low, long high, double delta) {
    return (high - low) * Math.sqrt(draws * Math.log(2 / delta) / 2);
  }

  static double mean(long draws, long low, long high) {
    return draws * (low + high) / 2.0;
  }

  @Override
  public Verdict evaluate(RunView run) {
    QueueValues values = QueueValues.of(run.observation().trace(), run.observation().rootPid());
    List<BigDecimal> partials = values.allPut();
    double delta = FALSE_FAILURE_PROBABILITY / spec.producers();
    double mean = mean(spec.draws(), spec.low(), spec.high());
    double width = bound(spec.draws(), spec.low(), spec.high(), delta);
    Draws each = draws(spec.draws(), mean, width);
    if (partials.size() == spec.producers()) {
      List<String> implausible = new ArrayList<>();
      for (BigDecimal partial : partials) {
        if (Math.abs(partial.doubleValue() - mean) > width) {
          implausible.add(Numbers.plain(partial));
        }
      }
      if (implausible.isEmpty()) {
        return Verdict.pass("plausible partial sums");
      }
      return fail(new ImplausiblePartialSums(each, implausible, ratio(implausible.get(0), mean)));
    }
    // Without one traced put per child, judge the printed total over all the draws.
    Optional<BigDecimal> printed = run.printedNumber(spec.line(), spec.capture());
    if (printed.isEmpty()) {
      return fail(new NoSumSeen(each));
    }
    long allDraws = spec.draws() * spec.producers();
    double totalMean = mean(allDraws, spec.low(), spec.high());
    double totalWidth = bound(allDraws, spec.low(), spec.high(), FALSE_FAILURE_PROBABILITY);
    if (Math.abs(printed.get().doubleValue() - totalMean) <= totalWidth) {
      return Verdict.pass("plausible total");
    }
    String total = Numbers.plain(printed.get());
    return fail(new ImplausibleTotal(draws(allDraws, totalMean, totalWidth), total, ratio(total, totalMean)));
  }

  private Draws draws(long draws, double mean, double width) {
    return new Draws(draws, spec.low(), spec.high(), Math.round(mean - width), Math.round(mean + width),
        spec.producers(), spec.countVariable());
  }

  private static Draws.Ratio ratio(String value, double mean) {
    double ratio = Numbers.parse(value).map(BigDecimal::doubleValue).orElse(0.0) / mean;
    if (Math.abs(ratio - 2) < 0.05) {
      return Draws.Ratio.TWICE;
    }
    if (Math.abs(ratio - 0.5) < 0.05) {
      return Draws.Ratio.HALF;
    }
    return Draws.Ratio.OTHER;
  }
}

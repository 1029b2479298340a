package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parproc.grader.config.CheckSpec;
import parproc.grader.observations.Numbers;
import parproc.grader.verdicts.Verdict;

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
final class PlausibleSumCheck implements Check {

  /** The largest chance that a correct run fails this check. */
  static final double FALSE_FAILURE_PROBABILITY = 1e-9;

  private final CheckSpec.PlausibleSum spec;

  PlausibleSumCheck(CheckSpec.PlausibleSum spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

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
    String expected = "each partial sum of " + spec.draws() + " draws of randint(" + spec.low() + ", "
        + spec.high() + ") to lie within " + Math.round(mean - width) + " .. " + Math.round(mean + width);
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
      return Verdict.fail("implausible partial sum",
          Text.message(expected, "the children put " + String.join(" and ", implausible)
                  + advice(implausible.get(0), mean),
              hint("each child adds numNumbers // " + spec.producers() + " random numbers: check the count each one gets.")));
    }
    // Without one traced put per child, judge the printed total over all the draws.
    Optional<BigDecimal> printed = run.printedNumber(spec.line(), spec.capture());
    if (printed.isEmpty()) {
      return Verdict.fail("nothing to check",
          Text.message(expected, "neither the children's partial sums nor a total were seen",
              hint("let each child put its partial sum on the queue, and print the total.")));
    }
    long allDraws = spec.draws() * spec.producers();
    double totalMean = mean(allDraws, spec.low(), spec.high());
    double totalWidth = bound(allDraws, spec.low(), spec.high(), FALSE_FAILURE_PROBABILITY);
    if (Math.abs(printed.get().doubleValue() - totalMean) <= totalWidth) {
      return Verdict.pass("plausible total");
    }
    return Verdict.fail("implausible total",
        Text.message("a total of " + allDraws + " draws within " + Math.round(totalMean - totalWidth)
                + " .. " + Math.round(totalMean + totalWidth),
            "the parent printed " + Numbers.plain(printed.get()) + advice(Numbers.plain(printed.get()), totalMean),
            hint("add numNumbers random numbers in all, half in each child.")));
  }

  private static String advice(String value, double mean) {
    double ratio = Numbers.parse(value).map(BigDecimal::doubleValue).orElse(0.0) / mean;
    if (Math.abs(ratio - 2) < 0.05) {
      return " (about twice the expected: the work was done twice)";
    }
    if (Math.abs(ratio - 0.5) < 0.05) {
      return " (about half the expected: half of the work is missing)";
    }
    return "";
  }
}

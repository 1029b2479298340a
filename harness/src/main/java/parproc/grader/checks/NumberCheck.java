package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.Expression;
import parproc.grader.config.LineSpec;
import parproc.grader.observations.Numbers;
import parproc.grader.verdicts.Evidence;
import parproc.grader.verdicts.Verdict;

/** A printed number equals an expression of the input, compared as numbers (7 equals 7.0). */
final class NumberCheck implements Check {

  private final CheckSpec.Number spec;
  private final Expression expected;

  NumberCheck(CheckSpec.Number spec) {
    this.spec = spec;
    this.expected = Expression.parse(spec.equals());
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public Verdict evaluate(RunView run) {
    LineSpec line = run.spec(spec.line());
    Map<String, BigDecimal> values = new HashMap<>();
    run.input().forEach((name, text) -> Numbers.parse(text.trim()).ifPresent(v -> values.put(name, v)));
    BigDecimal want;
    try {
      want = expected.evaluate(values);
    } catch (IllegalArgumentException e) {
      return Verdict.unjudged("input not numeric", "The expected value could not be computed: " + e.getMessage());
    }
    List<MatchedLine> printed = run.judgedLines().stream().filter(m -> m.is(spec.line())).toList();
    String wantText = Numbers.plain(want);
    if (printed.isEmpty()) {
      return Verdict.fail(
          "no number printed",
          Text.message(Text.quote(run.describe(line, -1).replace("<" + spec.capture() + ">", wantText)),
              "no such line was printed", hint("print the result in the form shown.")));
    }
    for (MatchedLine match : printed) {
      BigDecimal got = Numbers.parse(match.captures().get(spec.capture())).orElse(null);
      if (got == null || !close(got, want)) {
        String gotText = match.captures().get(spec.capture());
        return Verdict.fail(
            "wrong value",
            Text.message(spec.capture() + " = " + spec.equals() + " = " + wantText + " for input "
                    + describeInput(run.input()),
                gotText == null ? "the program printed " + Text.quote(match.line().raw().strip())
                    + ", where " + spec.capture() + " cannot be told from the other numbers"
                    : "the program printed " + gotText,
                hint(advice(run.input(), gotText, want))),
            new Evidence(List.of(wantText), List.of(match.line().raw().strip())));
      }
    }
    return Verdict.pass("correct value");
  }

  private boolean close(BigDecimal got, BigDecimal want) {
    if (spec.tolerance() == null) {
      return Numbers.same(got, want);
    }
    BigDecimal scale = want.abs().max(BigDecimal.ONE);
    return got.subtract(want).abs().compareTo(spec.tolerance().multiply(scale)) <= 0;
  }

  /** Recognises the two classic mistakes: numbers joined as text, and a sum counted twice. */
  private static String advice(Map<String, String> input, String got, BigDecimal want) {
    List<String> values = input.values().stream().map(String::trim).toList();
    String printed = got == null ? "" : got.trim();
    boolean joined = values.size() == 2
        && (printed.equals(values.get(0) + values.get(1)) || printed.equals(values.get(1) + values.get(0)));
    if (joined) {
      return "the numbers were joined as text: input() returns a string, so convert each with"
          + " int(...) or float(...) before adding.";
    }
    Optional<BigDecimal> value = Numbers.parse(got == null ? "" : got.trim());
    if (value.isPresent() && want.signum() != 0 && Numbers.same(value.get(), want.add(want))) {
      return "that is twice the sum: is the sum computed by two processes and then added again?"
          + " One child adds, the parent only prints what it gets.";
    }
    return "check the arithmetic, and that the numbers are converted with int() or float().";
  }

  private static String describeInput(Map<String, String> input) {
    return String.join(", ", input.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " = " + e.getValue()).toList());
  }
}

package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.checks.messages.NoNumberPrinted;
import parproc.grader.checks.messages.WrongValue;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.Expression;
import parproc.grader.observations.Numbers;
import parproc.grader.results.Evidence;
import parproc.grader.results.Verdict;

/** A printed number equals an expression of the input, compared as numbers (7 equals 7.0). */
record NumberCheck(CheckSpec.Number spec, Expression expected) implements Check {

  NumberCheck(CheckSpec.Number spec) {
    this(spec, Expression.parse(spec.equals()));
  }

  /** The printed value is read from the output the grader captured itself. */
  @Override
  public boolean needsTrace() {
    return false;
  }

  @Override
  public Verdict evaluate(RunView run) {
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
      String line = run.describe(run.spec(spec.line()), -1).replace("<" + spec.capture() + ">", wantText);
      return fail(new NoNumberPrinted(line));
    }
    for (MatchedLine match : printed) {
      String gotText = match.captures().get(spec.capture());
      BigDecimal got = Numbers.parse(gotText).orElse(null);
      if (got == null || !close(got, want)) {
        String line = "\"" + match.line().raw().strip() + "\"";
        return fail(
            new WrongValue(spec.capture(), spec.equals(), wantText, describeInput(run.input()),
                // A line worded otherwise is read by its last number: the message names the line.
                gotText == null ? line + ", which shows no number"
                    : match.bound() ? gotText + ", the last number of " + line : gotText,
                mistake(run.input(), gotText, want)),
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
  private static WrongValue.Mistake mistake(Map<String, String> input, String got, BigDecimal want) {
    List<String> values = input.values().stream().map(String::trim).toList();
    String printed = got == null ? "" : got.trim();
    boolean joined = values.size() == 2
        && (printed.equals(values.get(0) + values.get(1)) || printed.equals(values.get(1) + values.get(0)));
    if (joined) {
      return WrongValue.Mistake.JOINED_AS_TEXT;
    }
    Optional<BigDecimal> value = Numbers.parse(printed);
    if (value.isPresent() && want.signum() != 0 && Numbers.same(value.get(), want.add(want))) {
      return WrongValue.Mistake.TWICE;
    }
    return WrongValue.Mistake.OTHER;
  }

  private static String describeInput(Map<String, String> input) {
    return String.join(", ", input.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " = " + e.getValue()).toList());
  }
}

package parproc.grader.inputs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import parproc.grader.config.Expression;
import parproc.grader.config.FieldSpec;
import parproc.grader.config.InputSpec;

/**
 * The stdin of each run of an exercise: the hand-picked cases of grading-config first (edge
 * cases: 0, 1, names with spaces and accents, the largest numbers), then random inputs from the
 * seed. Every input satisfies the config's {@code require} constraints.
 */
public final class InputGenerator {

  private static final int ATTEMPTS = 10_000;

  private final InputSpec spec;
  private final List<Expression> requirements;

  public InputGenerator(InputSpec spec) {
    this.spec = spec;
    this.requirements = spec.require().stream().map(Expression::parse).toList();
  }

  /** Inputs for runs 0..runs-1. */
  public List<RunInput> inputs(int runs, long seed) {
    List<RunInput> inputs = new ArrayList<>();
    for (int index = 0; index < runs; index++) {
      Random random = new Random(Seeds.derive(seed, index));
      if (index < spec.cases().size()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldSpec field : spec.fields()) {
          String given = spec.cases().get(index).get(field.name());
          values.put(field.name(), given != null ? given : value(field, random));
        }
        inputs.add(input(values, "case " + (index + 1)));
      } else {
        inputs.add(random(random));
      }
    }
    return inputs;
  }

  private RunInput random(Random random) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Map<String, String> values = new LinkedHashMap<>();
      for (FieldSpec field : spec.fields()) {
        values.put(field.name(), value(field, random));
      }
      if (satisfies(values)) {
        return input(values, "random");
      }
    }
    throw new IllegalStateException("no input satisfies " + spec.require() + " after " + ATTEMPTS + " tries");
  }

  /** Builds the input for given values, put in the order of the fields. */
  public RunInput input(Map<String, String> values, String origin) {
    Map<String, String> ordered = new LinkedHashMap<>();
    spec.fields().forEach(field -> {
      if (values.containsKey(field.name())) {
        ordered.put(field.name(), values.get(field.name()));
      }
    });
    values.forEach(ordered::putIfAbsent);
    return new RunInput(ordered, spec.render(ordered), origin);
  }

  /** True when the values meet every {@code require} constraint. */
  public boolean satisfies(Map<String, String> values) {
    Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      try {
        numbers.put(name, new BigDecimal(value));
      } catch (NumberFormatException e) {
        // not a number: constraints cannot name it
      }
    });
    try {
      return requirements.stream().allMatch(r -> r.holds(numbers));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public InputSpec spec() {
    return spec;
  }

  static String value(FieldSpec field, Random random) {
    return switch (field.kind()) {
      case PERSON_NAME -> NameGenerator.generate(random);
      case INTEGER -> integer(field.min(), field.max(), random).toString();
      case DECIMAL -> decimal(field, random).toPlainString();
    };
  }

  /**
   * A whole number in [min, max], small more often than large: half within ±100, a quarter
   * within ±10^6, a quarter anywhere in the range.
   */
  static BigInteger integer(BigDecimal min, BigDecimal max, Random random) {
    BigInteger low = min.setScale(0, RoundingMode.CEILING).toBigInteger();
    BigInteger high = max.setScale(0, RoundingMode.FLOOR).toBigInteger();
    int band = random.nextInt(4);
    if (band < 3) {
      BigInteger limit = BigInteger.valueOf(band < 2 ? 100 : 1_000_000);
      low = low.max(limit.negate());
      high = high.min(limit);
      if (low.compareTo(high) > 0) {
        low = min.setScale(0, RoundingMode.CEILING).toBigInteger();
        high = max.setScale(0, RoundingMode.FLOOR).toBigInteger();
      }
    }
    BigInteger span = high.subtract(low).add(BigInteger.ONE);
    BigInteger offset;
    do {
      offset = new BigInteger(span.bitLength(), random);
    } while (offset.compareTo(span) >= 0);
    return low.add(offset);
  }

  private static BigDecimal decimal(FieldSpec field, Random random) {
    BigDecimal scale = BigDecimal.TEN.pow(field.decimals());
    BigInteger whole = integer(field.min().multiply(scale), field.max().multiply(scale), random);
    return new BigDecimal(whole, field.decimals());
  }
}

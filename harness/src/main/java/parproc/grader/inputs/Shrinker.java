package parproc.grader.inputs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parproc.grader.config.FieldSpec;

/**
 * Smaller inputs to try after an input made a program fail: one field made smaller at a time
 * (a smaller count, a shorter name, a smaller number), smallest first, every candidate meeting
 * the config's constraints.
 */
public final class Shrinker {

  private final InputGenerator generator;

  public Shrinker(InputGenerator generator) {
    this.generator = generator;
  }

  /** Candidates strictly smaller than {@code input}, smallest first. */
  public List<RunInput> candidates(RunInput input) {
    List<Map<String, String>> found = new ArrayList<>();
    for (FieldSpec field : generator.spec().fields()) {
      String value = input.values().get(field.name());
      if (value == null) {
        continue;
      }
      for (String smaller : smaller(field, value)) {
        Map<String, String> values = new LinkedHashMap<>(input.values());
        values.put(field.name(), smaller);
        if (generator.satisfies(values)) {
          found.add(values);
        }
      }
    }
    found.sort(Comparator.comparingLong(Shrinker::size));
    return found.stream().map(values -> generator.input(values, "shrunk")).toList();
  }

  /** A measure of an input's size: name lengths plus the magnitude of numbers. */
  public static long size(Map<String, String> values) {
    long size = 0;
    for (String value : values.values()) {
      try {
        BigDecimal number = new BigDecimal(value);
        size += number.abs().min(BigDecimal.valueOf(Long.MAX_VALUE / 64)).longValue() + (number.signum() < 0 ? 1 : 0);
      } catch (NumberFormatException e) {
        size += value.codePointCount(0, value.length());
      }
    }
    return size;
  }

  static List<String> smaller(FieldSpec field, String value) {
    Set<String> candidates = new LinkedHashSet<>();
    if (field.kind() == FieldSpec.Kind.PERSON_NAME) {
      candidates.add("A");
      candidates.add("Al");
      int space = value.indexOf(' ');
      if (space > 0) {
        candidates.add(value.substring(0, space));
      }
      int half = value.offsetByCodePoints(0, Math.max(1, value.codePointCount(0, value.length()) / 2));
      candidates.add(value.substring(0, half).strip());
      candidates.removeIf(c -> c.isEmpty() || c.codePointCount(0, c.length()) >= value.codePointCount(0, value.length()));
      return new ArrayList<>(candidates);
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value);
    } catch (NumberFormatException e) {
      return List.of();
    }
    BigInteger whole = number.toBigInteger();
    for (BigInteger candidate = BigInteger.ZERO; candidate.compareTo(BigInteger.valueOf(3)) <= 0;
        candidate = candidate.add(BigInteger.ONE)) {
      candidates.add(candidate.toString());
      candidates.add(candidate.negate().toString());
    }
    // Halves towards zero, keeping the sign (a shift of a negative number never reaches zero).
    for (BigInteger half = whole.abs().shiftRight(1); half.signum() != 0; half = half.shiftRight(1)) {
      candidates.add((whole.signum() < 0 ? half.negate() : half).toString());
    }
    BigDecimal limitLow = field.min() == null ? null : field.min();
    BigDecimal limitHigh = field.max() == null ? null : field.max();
    List<String> result = new ArrayList<>();
    for (String candidate : candidates) {
      BigDecimal c = new BigDecimal(candidate);
      boolean inRange = (limitLow == null || c.compareTo(limitLow) >= 0) && (limitHigh == null || c.compareTo(limitHigh) <= 0);
      if (inRange && c.abs().compareTo(number.abs()) < 0) {
        result.add(candidate);
      }
    }
    return result;
  }
}

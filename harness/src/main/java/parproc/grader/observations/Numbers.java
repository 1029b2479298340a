package parproc.grader.observations;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers as the harness compares them: by value, so that 7 and 7.0 are equal. */
public final class Numbers {

  /** A number as Python prints an int or a float: sign, digits, point, exponent. */
  public static final String PATTERN = "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?";

  private static final Pattern NUMBER = Pattern.compile(PATTERN);

  private Numbers() {}

  public static Optional<BigDecimal> parse(String text) {
    if (text == null || !NUMBER.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  /** A number written plainly: 7 for 7.0, no exponent. */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }
}

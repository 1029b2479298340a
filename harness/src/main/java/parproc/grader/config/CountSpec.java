package parproc.grader.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Optional;

/**
 * How many of something a run expects: a fixed number, or the value of an input field such as
 * {@code count} in manyGreetings2.
 *
 * @param fixed the number, or null when the count is read from a field
 * @param fieldName the input field the count is read from, or null when it is fixed
 */
public record CountSpec(Integer fixed, String fieldName) {

  public CountSpec {
    if ((fixed == null) == (fieldName == null)) {
      throw new IllegalArgumentException("a count is either a number or a field name");
    }
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CountSpec of(int fixed) {
    return new CountSpec(fixed, null);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CountSpec of(String text) {
    String trimmed = text.trim();
    if (trimmed.matches("\\d+")) {
      return new CountSpec(Integer.parseInt(trimmed), null);
    }
    return new CountSpec(null, trimmed);
  }

  /** The input field this count is read from, if it is not a fixed number. */
  public Optional<String> field() {
    return Optional.ofNullable(fieldName);
  }

  /**
   * The count for one run. A field whose value is not a whole number gives empty: the program
   * was given something it cannot count with, and the checks say so.
   */
  public Optional<Integer> resolve(Map<String, String> input) {
    if (fixed != null) {
      return Optional.of(fixed);
    }
    String value = input.get(fieldName);
    if (value == null || !value.trim().matches("-?\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(value.trim()));
  }

  @JsonValue
  Object json() {
    return fixed != null ? fixed : fieldName;
  }

  @Override
  public String toString() {
    return String.valueOf(json());
  }
}

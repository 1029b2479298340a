package parproc.grader.inputs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stdin one run is given, and the field values it was made from.
 *
 * @param origin where it came from: "case 2" (hand-picked in grading-config), "random", "shrunk"
 */
public record RunInput(Map<String, String> values, String stdin, String origin) {

  public RunInput {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** No stdin at all: the program reads none. */
  public static RunInput none() {
    return new RunInput(Map.of(), "", "none");
  }

  /** A one-line description such as {@code name = "Zoë", count = 1}. */
  public String describe() {
    if (values.isEmpty()) {
      return "no input";
    }
    StringBuilder text = new StringBuilder();
    values.forEach((name, value) -> {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(name).append(" = ").append(value.matches("-?\\d+(\\.\\d+)?") ? value : "\"" + value + "\"");
    });
    return text.toString();
  }
}

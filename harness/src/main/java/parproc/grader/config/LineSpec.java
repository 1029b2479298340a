package parproc.grader.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of line a correct program prints: its text template, who prints it, and how many
 * times. With {@code each}, the template stands for one line per position of the listed values
 * (zipped), as in "worker {worker} ... hole {hole}".
 */
public record LineSpec(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String text,
    Writer by,
    CountSpec count,
    LinkedHashMap<String, List<String>> each) {

  public LineSpec {
    by = by == null ? Writer.ANY : by;
    count = count == null ? CountSpec.of(1) : count;
    each = each == null ? new LinkedHashMap<>() : new LinkedHashMap<>(each);
  }

  /** The parsed template. */
  public TextTemplate template() {
    return TextTemplate.parse(text);
  }

  /** True when the line is one of a family enumerated by {@code each}. */
  public boolean enumerated() {
    return !each.isEmpty();
  }

  /** How many positions {@code each} lists (0 when it lists none). */
  public int positions() {
    return each.values().stream().mapToInt(List::size).max().orElse(0);
  }

  /** The values of {@code each} at one position, by name. */
  public Map<String, String> valuesAt(int position) {
    Map<String, String> values = new LinkedHashMap<>();
    each.forEach((name, list) -> values.put(name, list.get(position)));
    return values;
  }

  /** Names of the {@code each} lists. */
  public List<String> eachNames() {
    return new ArrayList<>(each.keySet());
  }
}

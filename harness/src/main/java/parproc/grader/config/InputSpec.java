package parproc.grader.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an exercise reads from stdin: the prompts it writes, the stdin template, the fields to
 * generate, constraints between them, and hand-picked cases used first.
 */
public record InputSpec(
    List<String> prompts,
    @JsonProperty(required = true) String stdin,
    @JsonProperty(required = true) List<FieldSpec> fields,
    List<String> require,
    List<LinkedHashMap<String, String>> cases) {

  public InputSpec {
    prompts = prompts == null ? List.of() : List.copyOf(prompts);
    fields = List.copyOf(fields);
    require = require == null ? List.of() : List.copyOf(require);
    cases = cases == null ? List.of() : cases.stream().map(LinkedHashMap::new).toList();
  }

  /** The stdin for the given field values; a placeholder naming no value stays as written. */
  public String render(Map<String, String> values) {
    return TextTemplate.parse(stdin).fill(values, Map.of(), TextTemplate.Placeholder::source);
  }
}

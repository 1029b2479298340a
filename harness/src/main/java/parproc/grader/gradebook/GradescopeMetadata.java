package parproc.grader.gradebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The {@code submission_metadata.yml} of a Gradescope export: for each submission folder
 * ({@code submission_123456}), its submitters with name, student id and email. Gradescope writes
 * the keys Ruby-style ({@code :submitters:}, {@code :name:}); plain keys are read too.
 */
public final class GradescopeMetadata {

  public static final String FILE = "submission_metadata.yml";

  private GradescopeMetadata() {}

  /** Submitters by submission folder name. */
  public static Map<String, List<Submitter>> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = YAMLMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      throw new IOException("not valid YAML: " + e.getOriginalMessage(), e);
    }
    Map<String, List<Submitter>> submitters = new HashMap<>();
    if (root == null || !root.isObject()) {
      throw new IOException("expected a map from submission folder to its metadata");
    }
    for (Map.Entry<String, JsonNode> submission : root.properties()) {
      List<Submitter> people = new ArrayList<>();
      JsonNode list = field(submission.getValue(), "submitters");
      if (list != null && list.isArray()) {
        for (JsonNode person : list) {
          people.add(new Submitter(text(person, "name"), text(person, "sid"), text(person, "email")));
        }
      }
      submitters.put(submission.getKey(), people);
    }
    return submitters;
  }

  private static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode value = node.get(":" + name);
    return value != null ? value : node.get(name);
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    return value == null || value.isNull() ? "" : value.asString();
  }
}

package parproc.grader.platform;

import java.util.List;
import parproc.grader.score.ExerciseResult;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Results as JSON, as they travel from the grading tests to the listener in report entries. */
final class ResultJson {

  static final String EXERCISE = "parproc.exercise";
  static final String SESSION = "parproc.session";

  /** The session's facts, published once. */
  record SessionFacts(String submission, String python, long seed, List<String> problems, String isolation) {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .build();

  private ResultJson() {}

  static String write(Object value) {
    return JSON.writeValueAsString(value);
  }

  static ExerciseResult exercise(String json) {
    return JSON.readValue(json, ExerciseResult.class);
  }

  static SessionFacts session(String json) {
    return JSON.readValue(json, SessionFacts.class);
  }
}

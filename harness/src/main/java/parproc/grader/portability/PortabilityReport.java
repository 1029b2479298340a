package parproc.grader.portability;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The start methods' comparison, as text for a student and as JSON. */
public final class PortabilityReport {

  private PortabilityReport() {}

  /** A table of each exercise's score under each method, then each one that depends on the method, and why. */
  public static String text(StartMethods.Portability portability) {
    List<String> methods = portability.methods();
    StringBuilder text = new StringBuilder();
    text.append("Start methods (seed ").append(portability.seed()).append("): each exercise graded under ")
        .append(String.join(", ", methods)).append('\n');
    if (methods.size() < 2) {
      text.append("  this platform has only ").append(methods.get(0)).append(": there is nothing to compare\n");
    }
    text.append(String.format(Locale.ROOT, "  %-16s", "EXERCISE"));
    methods.forEach(method -> text.append(String.format(Locale.ROOT, " %10s", method.toUpperCase(Locale.ROOT))));
    text.append('\n');
    for (StartMethods.Across exercise : portability.exercises()) {
      text.append(String.format(Locale.ROOT, "  %-16s", exercise.id()));
      exercise.scores().values().forEach(score -> text.append(String.format(Locale.ROOT, " %10s",
          score + "/" + exercise.maxScore())));
      text.append(exercise.verdict() == null ? "" : "  depends on the start method").append('\n');
    }
    long depending = portability.exercises().stream().filter(e -> e.verdict() != null).count();
    if (depending > 0) {
      text.append('\n');
      portability.exercises().stream().filter(e -> e.verdict() != null)
          .forEach(exercise -> text.append(exercise.verdict()).append('\n'));
    }
    text.append('\n').append(depending == 0 ? "No exercise depends on the start method."
        : depending + " of " + portability.exercises().size() + (depending == 1 ? " exercise depends" : " exercises depend")
            + " on the start method.").append('\n');
    portability.problems().forEach(problem -> text.append("Problem: ").append(problem).append('\n'));
    return text.toString();
  }

  /** The same as JSON: the seed, the methods, and per exercise its scores and verdict (null when none). */
  public static String json(StartMethods.Portability portability) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("seed", portability.seed());
    ArrayNode methods = root.putArray("methods");
    portability.methods().forEach(methods::add);
    ArrayNode exercises = root.putArray("exercises");
    for (StartMethods.Across exercise : portability.exercises()) {
      ObjectNode node = exercises.addObject();
      node.put("id", exercise.id());
      node.put("max_score", exercise.maxScore());
      ObjectNode scores = node.putObject("scores");
      exercise.scores().forEach(scores::put);
      node.put("depends", exercise.verdict() != null);
      node.put("verdict", exercise.verdict());
    }
    ArrayNode problems = root.putArray("problems");
    portability.problems().forEach(problems::add);
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}

package parproc.grader.checks.messages;

import java.util.List;
import java.util.Map;

/**
 * Not each of the expected children put exactly one value.
 *
 * @param put the values each child put, by pid, in the order they first put
 */
public record WrongProducers(int producers, Map<Long, List<String>> put) implements QueueResultFailure {

  public WrongProducers {
    put = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(put));
  }

  @Override
  public String outcome() {
    return put.size() + " producing " + (put.size() == 1 ? "child" : "children");
  }

  @Override
  public String observed() {
    String what = put.isEmpty()
        ? "no child put a number on a queue"
        : String.join("; ", put.entrySet().stream()
            .map(e -> "process " + e.getKey() + " put " + QueueResultFailure.and(e.getValue())).toList());
    return Words.plural(producers, "child", "children") + " should each put one value, but " + what;
  }

  @Override
  public String tryThis() {
    return producers == 1
        ? "let one child compute the result and put it on the queue."
        : "give each child its share of the work, and let each put its own result once.";
  }
}

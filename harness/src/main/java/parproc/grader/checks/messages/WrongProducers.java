package parproc.grader.checks.messages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not each of the expected children put exactly one value.
 *
 * @param put the values each child put, by pid, in the order they first put
 */
public record WrongProducers(int producers, Map<Long, List<String>> put) implements Failure {

  public WrongProducers {
    put = Collections.unmodifiableMap(new LinkedHashMap<>(put));
  }

  @Override
  public Message message() {
    String what = put.isEmpty()
        ? "no child put a number on a queue"
        : String.join("; ", put.entrySet().stream()
            .map(e -> "process " + e.getKey() + " put " + QueueResultWords.and(e.getValue())).toList());
    return new Message(put.size() + " producing " + (put.size() == 1 ? "child" : "children"),
        QueueResultWords.expected(producers),
        Words.plural(producers, "child", "children") + " should each put one value, but " + what,
        producers == 1
            ? "let one child compute the result and put it on the queue."
            : "give each child its share of the work, and let each put its own result once.");
  }
}

package parproc.grader.checks.messages;

import java.util.List;

/**
 * Lines printed before their process took from a queue the value they show.
 *
 * @param lines the lines, each with the value it should have received
 * @param shows what each line does with the value, in the exercise's words (e.g. "greet the
 *     name"), or null for the kind's own
 * @param variable what the program calls the value (e.g. "name"), or null for the kind's own
 */
public record ValueNotReceived(List<Line> lines, String shows, String variable) implements Failure {

  public ValueNotReceived {
    lines = List.copyOf(lines);
  }

  /**
   * A line printed before its process took its value.
   *
   * @param taken what the process had taken from queues before it printed the line
   */
  public record Line(String text, String value, List<String> taken) {
    public Line {
      taken = List.copyOf(taken);
    }

    String describe() {
      return Words.quote(text) + " was printed before its process took '" + value + "' from a queue"
          + (taken.isEmpty()
              ? " (it had taken nothing from a queue)"
              : " (it had taken " + String.join(", ", taken) + ")");
    }
  }

  @Override
  public Message message() {
    String name = variable == null ? "value" : variable;
    return new Message("value not from the queue",
        "each line to " + (shows == null ? "show the value" : shows) + " its process took from the queue",
        Words.problems(lines.stream().map(Line::describe).toList()),
        "take the " + name + " with " + name + " = q.get() and print that variable, after the get.");
  }
}

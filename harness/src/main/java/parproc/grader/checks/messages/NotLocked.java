package parproc.grader.checks.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines printed without the lock, wholly or in part (the lock released before the line ended).
 *
 * @param lines how many lines the check judged
 * @param unlocked the lines printed holding no lock, as printed
 * @param partly the lines printed partly without the lock, as printed
 */
public record NotLocked(int lines, List<String> unlocked, List<String> partly) implements Failure {

  public NotLocked {
    unlocked = List.copyOf(unlocked);
    partly = List.copyOf(partly);
  }

  @Override
  public Message message() {
    List<String> problems = new ArrayList<>();
    if (!unlocked.isEmpty()) {
      problems.add(unlocked.size() == lines
          ? "none of the " + Words.plural(lines, "line was", "lines were") + " printed holding a lock"
          : "printed holding no lock: " + quoted(unlocked));
    }
    if (!partly.isEmpty()) {
      problems.add(partly.size() == lines
          ? "every line was printed partly without the lock (it was released before the line was complete)"
          : "printed partly without the lock: " + quoted(partly));
    }
    return new Message(unlocked.isEmpty() ? "lock released too early" : "printed without the lock",
        "every line printed while holding the shared lock", Words.problems(problems),
        "acquire() the lock before print and release() it after the print (or print"
            + " inside `with lock:`); releasing it first leaves the print unprotected.");
  }

  private static String quoted(List<String> lines) {
    return String.join(", ", lines.stream().map(Words::quote).toList());
  }
}

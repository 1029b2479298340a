package parproc.grader.checks.messages;

import java.util.List;

/**
 * Lines of the output as printed that are no process's whole line: pieces of several mixed.
 *
 * @param mixed each mixed line as printed, with its 1-based line number
 */
public record MixedLines(List<NumberedLine> mixed) implements Failure {

  public MixedLines {
    mixed = List.copyOf(mixed);
  }

  @Override
  public Message message() {
    List<String> lines = mixed.stream().map(l -> "line " + l.number() + ": " + Words.quote(l.text())).toList();
    return new Message("mixed lines", "every printed line to be whole",
        Words.plural(mixed.size(), "line mixes", "lines mix") + " pieces of several processes' output:\n"
            + Words.indented(lines, 5),
        "hold the lock for the whole print: acquire() before print, release() after it"
            + " (or print inside `with lock:`).");
  }
}

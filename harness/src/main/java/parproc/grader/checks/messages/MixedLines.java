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
  public String outcome() {
    return "mixed lines";
  }

  @Override
  public String expected() {
    return "every printed line to be whole";
  }

  @Override
  public String observed() {
    List<String> lines = mixed.stream().map(l -> "line " + l.number() + ": " + Words.quote(l.text())).toList();
    return Words.plural(mixed.size(), "line mixes", "lines mix") + " pieces of several processes' output:\n"
        + Words.indented(lines, 5);
  }

  @Override
  public String tryThis() {
    return "hold the lock for the whole print: acquire() before print, release() after it"
        + " (or print inside `with lock:`).";
  }
}

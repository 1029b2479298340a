package parproc.grader.checks.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines printed are not the expected ones: some missing, some too often, some not expected,
 * some printed by the wrong process.
 *
 * @param lines every expected line with how often it was seen
 * @param unexpected printed lines that are no expected line, in the order printed
 * @param wrongWriter expected lines printed by the wrong process, in the order printed
 */
public record LinesDiffer(List<Expected> lines, List<Unexpected> unexpected, List<WrongWriter> wrongWriter)
    implements Failure {

  /** The most expected lines the message lists. */
  private static final int MOST = 12;

  public LinesDiffer {
    lines = List.copyOf(lines);
    unexpected = List.copyOf(unexpected);
    wrongWriter = List.copyOf(wrongWriter);
  }

  /**
   * An expected line, as described to students, with how often it was wanted and seen.
   *
   * @param by who prints it, e.g. "the parent", "a child"
   * @param closest the printed lines bound to it by their words, or null
   * @param standIns the printed lines bound to it otherwise (by their process's order, a child's
   *     arguments or a value from a queue), as printed, in order
   */
  public record Expected(String text, int wanted, int seen, String by, Closest closest, List<String> standIns) {
    public Expected {
      standIns = List.copyOf(standIns);
    }

    public Expected(String text, int wanted, int seen, String by, Closest closest) {
      this(text, wanted, seen, by, closest, List.of());
    }

    public Expected(String text, int wanted, int seen, String by) {
      this(text, wanted, seen, by, null);
    }

    /** The problem line that names the lines standing for it: "you printed ... where ... was expected". */
    String standingIn() {
      int more = standIns.size() - 1;
      return "you printed " + Words.quote(standIns.get(0))
          + (more > 0 ? " and " + Words.plural(more, "more line", "more lines") + " like it" : "")
          + " where " + Words.quote(text) + " was expected"
          + (wanted == 1 ? "" : " (printed as expected " + seen + " of " + wanted + " times)");
    }

    /** The line as the list of expected lines shows it. */
    public String listed() {
      return text + "  (" + Words.times(wanted) + ", by " + by + ")";
    }
  }

  /**
   * A printed line that is not expected.
   *
   * @param nearest for a line with unexpected values: the expected line sharing its first value,
   *     or null
   * @param name the first value's name, when the line matched a template with unexpected values
   * @param value the first value as printed, likewise
   */
  public record Unexpected(String text, String nearest, String name, String value) {
    public static Unexpected noLine(String text) {
      return new Unexpected(text, null, null, null);
    }

    String describe() {
      String why;
      if (name == null) {
        why = " (not an expected line)";
      } else if (nearest != null) {
        why = " (expected " + Words.quote(nearest) + ")";
      } else {
        why = " (" + name + " " + value + " is not one of the expected values)";
      }
      return Words.quote(text) + why;
    }
  }

  /**
   * Printed lines that stand for a missing expected line, worded differently.
   *
   * @param printedMarked the first of them, its words that differ in [brackets]
   * @param expectedMarked the expected line, the words the printed one lacks in [brackets]
   * @param sameWords only punctuation, case or spacing differ
   * @param count how many printed lines stand for it
   */
  public record Closest(String printedMarked, String expectedMarked, boolean sameWords, int count) {
    /** The closest line; {@code explain} adds how it differs (said once per message). */
    String describe(boolean explain) {
      String how = !explain ? "" : sameWords ? " (only punctuation, case or spacing differ)"
          : expectedMarked.contains("[") ? " (differing words in brackets; expected " + Words.quote(expectedMarked) + ")"
          : " (the words in brackets are not expected)";
      return ", closest printed: " + Words.quote(printedMarked) + how
          + (count > 1 ? " and " + Words.plural(count - 1, "more line", "more lines") + " like it" : "");
    }
  }

  /**
   * An expected line printed by another process than the one that should print it.
   *
   * @param byParent the parent printed it
   * @param by who should have printed it
   */
  public record WrongWriter(String text, boolean byParent, String by) {}

  /** True when every line came out as expected. */
  public boolean none() {
    return unexpected.isEmpty() && wrongWriter.isEmpty()
        && lines.stream().allMatch(line -> line.seen() == line.wanted());
  }

  @Override
  public Message message() {
    List<String> parts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Expected> missing = lines.stream().filter(line -> line.seen() < line.wanted()).toList();
    List<Expected> tooOften = lines.stream().filter(line -> line.seen() > line.wanted()).toList();
    count(parts, missing.size(), " missing");
    count(parts, tooOften.size(), " too often");
    count(parts, unexpected.size(), " unexpected");
    count(parts, wrongWriter.size(), " by the wrong process");
    boolean explained = false;
    for (Expected line : missing) {
      if (line.closest() != null || line.standIns().isEmpty()) {
        problems.add("missing: " + Words.quote(line.text())
            + (line.wanted() == 1 ? "" : " (printed " + line.seen() + " of " + line.wanted() + " times)")
            + (line.closest() == null ? "" : line.closest().describe(!explained)));
        explained |= line.closest() != null;
      }
      if (!line.standIns().isEmpty()) {
        problems.add(line.standingIn());
      }
    }
    tooOften.forEach(line -> problems.add("too often: " + Words.quote(line.text()) + " (printed "
        + Words.times(line.seen()) + ", expected " + Words.times(line.wanted()) + ")"));
    unexpected.forEach(line -> problems.add("not expected: " + line.describe()));
    wrongWriter.forEach(line -> problems.add(Words.quote(line.text()) + " was printed by "
        + (line.byParent() ? "the parent" : "a child process") + ", not by " + line.by()));
    boolean reworded = unexpected.isEmpty() && wrongWriter.isEmpty() && tooOften.isEmpty()
        && missing.stream().allMatch(line -> line.closest() != null || !line.standIns().isEmpty());
    return new Message(reworded ? "worded differently" : String.join(", ", parts),
        "these lines, in any order:\n" + Words.indented(lines.stream().map(Expected::listed).toList(), MOST),
        Words.problems(problems),
        !wrongWriter.isEmpty()
            ? "each child prints its own line in the function it runs (its target); the parent only starts it."
            : "compare your output with the expected lines above, word for word.");
  }

  private static void count(List<String> parts, int count, String what) {
    if (count > 0) {
      parts.add(count + what);
    }
  }
}

package parproc.grader.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.config.LineSpec;
import parproc.grader.config.TextTemplate;
import parproc.grader.config.Writer;

/**
 * Binds reworded lines to the expected lines they stand for, so that a wording slip costs only
 * the lines check: the other checks judge a bound line as they judge a matched one.
 *
 * <p>Only an unmatched line is bound, only to an expected line still missing some of its
 * instances, only when its writer has the expected line's role (parent or child), and only when
 * the binding is unambiguous: the line must be close to one missing line (see {@link NearMiss})
 * strictly more than to any other, and no more lines may pick a missing line than it lacks
 * instances. Anything else stays unmatched, so a check that needs the line finds no evidence
 * and fails, as it would without binding.
 */
public final class LineBinding {

  /**
   * Past this many unmatched lines, or this many characters in a line, nothing is bound: such
   * output is no rewording, and comparing it all would cost more than it could tell.
   */
  static final int MOST_UNMATCHED = 500;

  static final int LONGEST_LINE = 500;

  private LineBinding() {}

  /** A missing expected line: the line and, for a line with {@code each}, its position. */
  private record Slot(LineSpec spec, int position, NearMiss.Expected expected) {}

  /**
   * The judged lines with reworded ones bound.
   *
   * @param lines the judged lines, matched word for word
   * @param rootPid the parent's pid, to tell its lines from the children's
   */
  public static List<MatchedLine> bind(List<MatchedLine> lines, List<LineSpec> specs,
      Map<String, String> input, long rootPid) {
    long unmatched = lines.stream().filter(line -> !line.matched()).count();
    if (unmatched == 0 || unmatched > MOST_UNMATCHED) {
      return lines;
    }
    Map<Slot, Integer> missing = missing(lines, specs, input);
    if (missing.isEmpty()) {
      return lines;
    }
    Map<Integer, Slot> choice = new HashMap<>();
    Map<Integer, NearMiss.Alignment> alignments = new HashMap<>();
    Map<Slot, Integer> chosenBy = new HashMap<>();
    for (int index = 0; index < lines.size(); index++) {
      MatchedLine line = lines.get(index);
      if (line.matched() || line.line().writer() == 0 || line.line().text().length() > LONGEST_LINE) {
        continue;
      }
      boolean byParent = line.line().writer() == rootPid;
      Slot best = null;
      NearMiss.Alignment bestAlignment = null;
      boolean tie = false;
      for (Slot slot : missing.keySet()) {
        Writer by = slot.spec().by();
        if (by != Writer.ANY && (by == Writer.PARENT) != byParent) {
          continue;
        }
        NearMiss.Alignment alignment = NearMiss.align(slot.expected(), line.line().text());
        if (!alignment.close()) {
          continue;
        }
        if (bestAlignment == null || alignment.similarity() > bestAlignment.similarity()) {
          best = slot;
          bestAlignment = alignment;
          tie = false;
        } else if (alignment.similarity() == bestAlignment.similarity()) {
          tie = true;
        }
      }
      if (best != null && !tie) {
        choice.put(index, best);
        alignments.put(index, bestAlignment);
        chosenBy.merge(best, 1, Integer::sum);
      }
    }
    List<MatchedLine> bound = new ArrayList<>(lines);
    choice.forEach((index, slot) -> {
      if (chosenBy.get(slot) <= missing.get(slot)) {
        NearMiss.Alignment alignment = alignments.get(index);
        Map<String, String> captures = new LinkedHashMap<>();
        if (slot.position() >= 0) {
          captures.putAll(slot.spec().valuesAt(slot.position()));
        }
        captures.putAll(alignment.captures());
        bound.set(index, new MatchedLine(lines.get(index).line(), slot.spec(), captures, slot.position(), alignment));
      }
    });
    return List.copyOf(bound);
  }

  /** Each expected line (and position) printed fewer times than expected, with how many lack. */
  private static Map<Slot, Integer> missing(List<MatchedLine> lines, List<LineSpec> specs, Map<String, String> input) {
    Map<Slot, Integer> missing = new LinkedHashMap<>();
    for (LineSpec spec : specs) {
      Optional<Integer> count = spec.count().resolve(input);
      if (count.isEmpty()) {
        continue;
      }
      int positions = spec.enumerated() ? spec.positions() : 1;
      for (int position = 0; position < positions; position++) {
        int at = spec.enumerated() ? position : -1;
        long seen = lines.stream()
            .filter(line -> line.is(spec.id()) && line.expected() && (at < 0 || line.position() == at))
            .count();
        if (seen < count.get()) {
          missing.put(new Slot(spec, at, expected(spec, at, input)), (int) (count.get() - seen));
        }
      }
    }
    return missing;
  }

  /** An expected line as {@link NearMiss} compares it: values filled in, placeholders as slots. */
  static NearMiss.Expected expected(LineSpec spec, int position, Map<String, String> input) {
    List<NearMiss.Part> parts = new ArrayList<>();
    Map<String, String> each = position >= 0 ? spec.valuesAt(position) : Map.of();
    for (TextTemplate.Segment segment : spec.template().segments()) {
      if (segment instanceof TextTemplate.Literal literal) {
        parts.add(new NearMiss.Literal(literal.text()));
      } else if (segment instanceof TextTemplate.Placeholder placeholder) {
        parts.add(switch (placeholder.kind()) {
          case INPUT -> new NearMiss.Literal(input.getOrDefault(placeholder.name(), ""), true);
          case EACH -> new NearMiss.Literal(each.getOrDefault(placeholder.name(), ""), true);
          case PID -> new NearMiss.Slot(placeholder.name(), NearMiss.SlotKind.INTEGER);
          case NUMBER -> new NearMiss.Slot(placeholder.name(), NearMiss.SlotKind.NUMBER);
          case TEXT -> new NearMiss.Slot(placeholder.name(), NearMiss.SlotKind.WORD);
        });
      }
    }
    return NearMiss.expected(parts);
  }
}

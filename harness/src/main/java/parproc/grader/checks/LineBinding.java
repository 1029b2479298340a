package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.ExerciseConfig;
import parproc.grader.config.LineSpec;
import parproc.grader.config.TextTemplate;
import parproc.grader.config.Writer;
import parproc.grader.observations.Numbers;
import parproc.grader.observations.Trace;
import parproc.grader.observations.TraceEvent;

/**
 * Binds lines worded otherwise to the expected lines they stand for, so that a wording slip
 * costs only the lines check: the other checks judge a bound line as they judge a matched one.
 *
 * <p>Only an unmatched line is bound, only to an expected line still missing some of its
 * instances, and only where its writer has the expected line's role (parent or child). In turn:
 *
 * <ol>
 *   <li><b>by words</b>: the line is close to one missing line (see {@link NearMiss}) strictly
 *       more than to any other;
 *   <li><b>by the queue</b>: the line shows a value its writer took from a queue before printing
 *       it, for a line whose value a {@code received} check names (sendName's name): it stands
 *       for the round of that value (the position of an expected value it equals, else the rank
 *       of the writer's get);
 *   <li><b>by arguments</b>: a child printed this one line, and its own arguments (or the name
 *       the program gave it) hold every value of exactly one missing line (worker A, hole 0);
 *   <li><b>by order</b>: a process that is the only one of its role printed exactly as many
 *       lines as the exercise expects of that role, each line already matched stands where its
 *       expected line stands, and no line shares more words with another expected line than with
 *       the one in its place: each line stands for the expected line in its place, round by round
 *       (a process's own lines keep the order its code gives them). Several children that each
 *       printed one line, where the children print one kind of line, stand for that line.
 * </ol>
 *
 * <p>No more lines may stand for a missing line than it lacks instances; anything else stays
 * unmatched, so a check that needs the line finds no evidence and fails, as it would without
 * binding. A bound line's pid is the writer's own where the line shows it, else the one number in
 * it that is a pid of the run, else its one integer; its number (a sum) is its last number.
 */
public final class LineBinding {

  /**
   * Past this many unmatched lines, or this many characters in a line, nothing is bound: such
   * output is no rewording, and comparing it all would cost more than it could tell.
   */
  static final int MOST_UNMATCHED = 500;

  static final int LONGEST_LINE = 500;

  /** The names multiprocessing gives a process the program did not name. */
  private static final Pattern DEFAULT_NAME = Pattern.compile("\\w*Process-\\d+(:\\d+)*");

  private static final Pattern INTEGER = Pattern.compile("\\d+");

  /** A missing expected line: the line and, for a line with {@code each}, its position. */
  private record Slot(LineSpec spec, int position, NearMiss.Expected expected) {}

  private final ExerciseConfig config;
  private final Map<String, String> input;
  private final Trace trace;
  private final long rootPid;
  private final List<MatchedLine> lines;

  private LineBinding(List<MatchedLine> lines, ExerciseConfig config, Map<String, String> input, Trace trace,
      long rootPid) {
    this.lines = new ArrayList<>(lines);
    this.config = config;
    this.input = input;
    this.trace = trace;
    this.rootPid = rootPid;
  }

  /**
   * The judged lines with the lines worded otherwise bound.
   *
   * @param lines the judged lines (each process's own), matched word for word
   * @param trace the run's trace: the values each process took from a queue, each child's arguments
   * @param rootPid the parent's pid, to tell its lines from the children's
   */
  public static List<MatchedLine> bind(List<MatchedLine> lines, ExerciseConfig config, Map<String, String> input,
      Trace trace, long rootPid) {
    long unmatched = lines.stream().filter(line -> !line.matched()).count();
    if (unmatched == 0 || unmatched > MOST_UNMATCHED) {
      return lines;
    }
    LineBinding binding = new LineBinding(lines, config, input, trace, rootPid);
    binding.byWords();
    binding.byQueue();
    binding.byArguments();
    binding.byOrder();
    binding.notingReceivedValues();
    return List.copyOf(binding.lines);
  }

  private boolean bindable(MatchedLine line) {
    return !line.matched() && line.line().writer() != 0 && line.line().text().length() <= LONGEST_LINE;
  }

  /**
   * Bindable to a slot of {@code spec}: unmatched, or matching its template with values it does
   * not expect ("Waiting for name..." for "Waiting for name {i}"), which the line's round or
   * value then tells.
   */
  private boolean bindable(MatchedLine line, LineSpec spec) {
    return bindable(line) || (line.matched() && !line.bound() && line.spec().equals(spec) && spec.enumerated()
        && line.position() < 0 && line.line().writer() != 0);
  }

  private boolean fits(Writer by, long writer) {
    return by == Writer.ANY || (by == Writer.PARENT) == (writer == rootPid);
  }

  /** Binds the chosen lines whose slot they do not overcrowd; the others stay unmatched. */
  private void bindChosen(Map<Integer, Slot> choice, MatchedLine.Binding how, Map<Integer, String> received) {
    Map<Slot, Integer> missing = missing();
    Map<Slot, Integer> chosenBy = new HashMap<>();
    choice.values().forEach(slot -> chosenBy.merge(slot, 1, Integer::sum));
    choice.forEach((index, slot) -> {
      if (chosenBy.get(slot) <= missing.getOrDefault(slot, 0)) {
        lines.set(index, bound(lines.get(index), slot, how, received.get(index)));
      }
    });
  }

  // --- by words ---

  private void byWords() {
    Map<Slot, Integer> missing = missing();
    if (missing.isEmpty()) {
      return;
    }
    Map<Integer, Slot> choice = new HashMap<>();
    for (int index = 0; index < lines.size(); index++) {
      MatchedLine line = lines.get(index);
      if (!bindable(line)) {
        continue;
      }
      Slot best = null;
      NearMiss.Alignment bestAlignment = null;
      boolean tie = false;
      for (Slot slot : missing.keySet()) {
        if (!fits(slot.spec().by(), line.line().writer())) {
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
      }
    }
    bindChosen(choice, MatchedLine.Binding.WORDS, Map.of());
  }

  // --- by the queue ---

  private void byQueue() {
    for (CheckSpec check : config.checks()) {
      if (!(check instanceof CheckSpec.Received received)) {
        continue;
      }
      Optional<LineSpec> spec = config.line(received.line());
      Map<Slot, Integer> missing = missing();
      if (spec.isEmpty() || missing.keySet().stream().noneMatch(slot -> slot.spec() == spec.get())) {
        continue;
      }
      TextTemplate value = TextTemplate.parse(received.value());
      Map<Integer, Slot> choice = new HashMap<>();
      Map<Integer, String> values = new HashMap<>();
      for (int index = 0; index < lines.size(); index++) {
        MatchedLine line = lines.get(index);
        if (!bindable(line, spec.get()) || !fits(spec.get().by(), line.line().writer())) {
          continue;
        }
        List<TraceEvent.QueueGet> taken = takenBefore(line);
        Optional<TraceEvent.QueueGet> shown = shownValue(line, taken);
        if (shown.isEmpty()) {
          continue;
        }
        int position = roundOf(spec.get(), value, shown.get(), taken);
        if (spec.get().enumerated() && position < 0) {
          continue;
        }
        Slot slot = slot(spec.get(), position);
        if (missing.containsKey(slot)) {
          choice.put(index, slot);
          values.put(index, shown.get().value().text());
        }
      }
      bindChosen(choice, MatchedLine.Binding.QUEUE, values);
    }
  }

  /** What the line's writer took from any queue before the line's first write, in order. */
  private List<TraceEvent.QueueGet> takenBefore(MatchedLine line) {
    return trace.all(TraceEvent.QueueGet.class)
        .filter(get -> get.pid() == line.line().writer() && get.index() < line.line().firstEvent())
        .toList();
  }

  /** The last value taken before the line whose words the line shows, if any. */
  private static Optional<TraceEvent.QueueGet> shownValue(MatchedLine line, List<TraceEvent.QueueGet> taken) {
    List<String> words = NearMiss.wordsOf(line.line().text());
    for (int k = taken.size() - 1; k >= 0; k--) {
      TraceEvent.QueueGet get = taken.get(k);
      if (get.value().text() != null && NearMiss.contains(words, NearMiss.wordsOf(get.value().text()))) {
        return Optional.of(get);
      }
    }
    return Optional.empty();
  }

  /**
   * The round a value stands for: the position of the expected value it equals; else, for a
   * value of the program's own choosing, the rank of the get that took it among the writer's.
   */
  private int roundOf(LineSpec spec, TextTemplate value, TraceEvent.QueueGet get, List<TraceEvent.QueueGet> taken) {
    if (!spec.enumerated()) {
      return -1;
    }
    for (int position = 0; position < spec.positions(); position++) {
      if (LineMatcher.sameValue(value.fill(spec.valuesAt(position), input, p -> ""), get.value().text())) {
        return position;
      }
    }
    int rank = taken.indexOf(get);
    return rank < spec.positions() ? rank : -1;
  }

  /** Notes, on each bound line of a received check's line, the taken value it shows. */
  private void notingReceivedValues() {
    Set<String> receivedLines = new HashSet<>();
    config.checks().stream().filter(CheckSpec.Received.class::isInstance)
        .forEach(check -> receivedLines.add(((CheckSpec.Received) check).line()));
    for (int index = 0; index < lines.size(); index++) {
      MatchedLine line = lines.get(index);
      if (line.bound() && line.received() == null && receivedLines.contains(line.spec().id())) {
        Optional<TraceEvent.QueueGet> shown = shownValue(line, takenBefore(line));
        if (shown.isPresent()) {
          lines.set(index, line.receiving(shown.get().value().text()));
        }
      }
    }
  }

  // --- by arguments ---

  private void byArguments() {
    Map<Slot, Integer> missing = missing();
    List<Slot> childSlots = missing.keySet().stream()
        .filter(slot -> slot.spec().by() == Writer.CHILD && slot.spec().enumerated()
            && !slot.expected().valueWords().isEmpty())
        .toList();
    if (childSlots.isEmpty()) {
      return;
    }
    Map<Long, TraceEvent.ChildBegan> children = new HashMap<>();
    trace.all(TraceEvent.ChildBegan.class).forEach(child -> children.putIfAbsent(child.pid(), child));
    Map<Integer, Slot> choice = new HashMap<>();
    for (Map.Entry<Long, List<Integer>> writer : linesByWriter().entrySet()) {
      TraceEvent.ChildBegan child = children.get(writer.getKey());
      if (child == null || writer.getValue().size() != 1 || !bindable(lines.get(writer.getValue().get(0)))) {
        continue;
      }
      List<String> own = argumentWords(child);
      List<Slot> named = childSlots.stream()
          .filter(slot -> slot.expected().valueWords().stream()
              .allMatch(word -> own.stream().anyMatch(arg -> NearMiss.sameWord(word, arg))))
          .toList();
      if (named.size() == 1) {
        choice.put(writer.getValue().get(0), named.get(0));
      }
    }
    bindChosen(choice, MatchedLine.Binding.ARGUMENTS, Map.of());
  }

  /** The words of a child's own arguments that are strings or numbers, and of the name it was given. */
  private static List<String> argumentWords(TraceEvent.ChildBegan child) {
    List<String> words = new ArrayList<>();
    for (TraceEvent.Value arg : child.args()) {
      if ("str".equals(arg.type()) || arg.number() != null) {
        words.addAll(NearMiss.wordsOf(arg.text()));
      }
    }
    if (child.name() != null && !DEFAULT_NAME.matcher(child.name()).matches()) {
      words.addAll(NearMiss.wordsOf(child.name()));
    }
    return words;
  }

  // --- by order ---

  private void byOrder() {
    Map<Long, List<Integer>> byWriter = linesByWriter();
    orderOfOneProcess(rootPid, Writer.PARENT, byWriter);
    List<Long> childWriters = byWriter.keySet().stream().filter(pid -> pid != rootPid).toList();
    Optional<Integer> children = config.children().resolve(input);
    if (children.isPresent() && children.get() == 1 && childWriters.size() == 1) {
      orderOfOneProcess(childWriters.get(0), Writer.CHILD, byWriter);
    } else if (children.isPresent() && children.get() > 1) {
      oneLineEach(childWriters, byWriter);
    }
  }

  /** Each process's judged lines, as indexes in its own order. */
  private Map<Long, List<Integer>> linesByWriter() {
    Map<Long, List<Integer>> byWriter = new LinkedHashMap<>();
    for (int index = 0; index < lines.size(); index++) {
      long writer = lines.get(index).line().writer();
      if (writer != 0) {
        byWriter.computeIfAbsent(writer, w -> new ArrayList<>()).add(index);
      }
    }
    byWriter.values().forEach(indexes -> indexes.sort(
        Comparator.comparingInt(index -> lines.get(index).line().firstEvent())));
    return byWriter;
  }

  /** Binds the lines of the one process of a role in their order, when that order is known. */
  private void orderOfOneProcess(long pid, Writer role, Map<Long, List<Integer>> byWriter) {
    List<Integer> own = byWriter.getOrDefault(pid, List.of());
    List<Slot> sequence = sequence(role);
    if (own.isEmpty() || own.size() != sequence.size()) {
      return;
    }
    Map<Integer, Slot> choice = new HashMap<>();
    for (int k = 0; k < own.size(); k++) {
      MatchedLine line = lines.get(own.get(k));
      Slot slot = sequence.get(k);
      if (bindable(line, slot.spec()) && line.matched()) {
        choice.put(own.get(k), slot);
      } else if (line.matched()) {
        boolean inPlace = line.spec().equals(slot.spec()) && line.position() == slot.position();
        if (!inPlace) {
          return;
        }
      } else if (!bindable(line) || closerToAnother(line, slot, sequence)) {
        return;
      } else {
        choice.put(own.get(k), slot);
      }
    }
    bindChosen(choice, MatchedLine.Binding.ORDER, Map.of());
  }

  /**
   * The lines a process of the role prints, in its order, round by round: the n-th round holds
   * each line's n-th instance (its n-th position, for a line with {@code each}) in config order.
   * Empty when the lines of the role do not all have the same number of rounds, or when the
   * role's lines cannot be told from the others' (printed by any process).
   */
  private List<Slot> sequence(Writer role) {
    List<LineSpec> specs = new ArrayList<>();
    Set<Integer> rounds = new LinkedHashSet<>();
    for (LineSpec spec : config.lines()) {
      if (spec.by() == Writer.ANY) {
        return List.of();
      }
      if (spec.by() != role) {
        continue;
      }
      Optional<Integer> count = spec.count().resolve(input);
      if (count.isEmpty() || (spec.enumerated() && count.get() != 1)) {
        return List.of();
      }
      specs.add(spec);
      rounds.add(spec.enumerated() ? spec.positions() : count.get());
    }
    if (specs.isEmpty() || rounds.size() != 1) {
      return List.of();
    }
    List<Slot> sequence = new ArrayList<>();
    for (int round = 0; round < rounds.iterator().next(); round++) {
      for (LineSpec spec : specs) {
        sequence.add(slot(spec, spec.enumerated() ? round : -1));
      }
    }
    return sequence;
  }

  /** True when the line shares more words with another expected line of the sequence than with its own. */
  private static boolean closerToAnother(MatchedLine line, Slot slot, List<Slot> sequence) {
    int own = NearMiss.align(slot.expected(), line.line().text()).sharedWords();
    return sequence.stream().filter(other -> !other.equals(slot))
        .anyMatch(other -> NearMiss.align(other.expected(), line.line().text()).sharedWords() > own);
  }

  /** Several children each printed one line, where the children print one kind of line. */
  private void oneLineEach(List<Long> childWriters, Map<Long, List<Integer>> byWriter) {
    List<LineSpec> childLines = config.lines().stream().filter(spec -> spec.by() != Writer.PARENT).toList();
    if (childLines.size() != 1 || childLines.get(0).by() != Writer.CHILD || childLines.get(0).enumerated()) {
      return;
    }
    Slot slot = slot(childLines.get(0), -1);
    Map<Integer, Slot> choice = new HashMap<>();
    for (long child : childWriters) {
      List<Integer> own = byWriter.get(child);
      if (own.size() == 1 && bindable(lines.get(own.get(0)))) {
        choice.put(own.get(0), slot);
      }
    }
    bindChosen(choice, MatchedLine.Binding.ORDER, Map.of());
  }

  // --- slots and bound lines ---

  private Slot slot(LineSpec spec, int position) {
    return new Slot(spec, position, expected(spec, position, input));
  }

  /** Each expected line (and position) printed fewer times than expected, with how many lack. */
  private Map<Slot, Integer> missing() {
    Map<Slot, Integer> missing = new LinkedHashMap<>();
    for (LineSpec spec : config.lines()) {
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
          missing.put(slot(spec, at), (int) (count.get() - seen));
        }
      }
    }
    return missing;
  }

  /** The line bound to the slot, with the values a bound line gives. */
  private MatchedLine bound(MatchedLine line, Slot slot, MatchedLine.Binding how, String received) {
    String text = line.line().text();
    NearMiss.Alignment alignment = NearMiss.align(slot.expected(), text);
    Map<String, String> captures = new LinkedHashMap<>();
    if (slot.position() >= 0) {
      captures.putAll(slot.spec().valuesAt(slot.position()));
    }
    captures.putAll(alignment.captures());
    List<TextTemplate.Placeholder> placeholders = slot.spec().template().placeholders();
    List<String> words = NearMiss.wordsOf(text);
    if (slot.spec().template().hasPid()) {
      pid(words, line.line().writer(), alignment).ifPresentOrElse(
          pid -> captures.put("pid", pid), () -> captures.remove("pid"));
    }
    List<TextTemplate.Placeholder> numbers =
        placeholders.stream().filter(p -> p.kind() == TextTemplate.Kind.NUMBER).toList();
    if (numbers.size() == 1) {
      // A result stands last whatever the words before it: "7", "Sum: 7", "3 + 4 = 7".
      String name = numbers.get(0).name();
      lastNumber(words).ifPresentOrElse(number -> captures.put(name, number), () -> captures.remove(name));
    }
    return new MatchedLine(line.line(), slot.spec(), captures, slot.position(), alignment, how, received);
  }

  /**
   * The pid a bound line shows: the writer's own where it is among the line's integers; else the
   * one integer that is a pid of the run; else the one its words align with; else its only
   * integer. Any of them is then judged as a pid, so a made-up one still fails.
   */
  private Optional<String> pid(List<String> words, long writer, NearMiss.Alignment alignment) {
    List<String> integers = words.stream().filter(word -> INTEGER.matcher(word).matches()).distinct().toList();
    if (integers.contains(String.valueOf(writer))) {
      return Optional.of(String.valueOf(writer));
    }
    Set<Long> known = knownPids();
    List<String> real = integers.stream().filter(word -> word.length() < 19 && known.contains(Long.parseLong(word)))
        .toList();
    if (real.size() == 1) {
      return Optional.of(real.get(0));
    }
    if (alignment.captures().containsKey("pid")) {
      return Optional.of(alignment.captures().get("pid"));
    }
    return integers.size() == 1 && integers.get(0).length() < 19 ? Optional.of(integers.get(0)) : Optional.empty();
  }

  private Set<Long> knownPids() {
    Set<Long> pids = new HashSet<>();
    pids.add(rootPid);
    trace.all(TraceEvent.ChildBegan.class).forEach(child -> pids.add(child.pid()));
    trace.all(TraceEvent.ChildStarted.class).forEach(start -> pids.add(start.child()));
    return pids;
  }

  private static Optional<String> lastNumber(List<String> words) {
    for (int k = words.size() - 1; k >= 0; k--) {
      Optional<BigDecimal> number = Numbers.parse(words.get(k));
      if (number.isPresent()) {
        return Optional.of(words.get(k));
      }
    }
    return Optional.empty();
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

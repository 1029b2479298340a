package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.checks.messages.TooFewLines;
import parproc.grader.config.ExerciseConfig;
import parproc.grader.config.LineSpec;
import parproc.grader.observations.Numbers;
import parproc.grader.observations.Observation;
import parproc.grader.observations.OutputLine;
import parproc.grader.results.Evidence;
import parproc.grader.results.Verdict;

/**
 * One run as the checks see it: the observation, the input the program was given, and every
 * printed line matched against the expected lines.
 */
public final class RunView {

  private final ExerciseConfig config;
  private final Observation observation;
  private final Map<String, String> input;
  private final LineMatcher matcher;
  private final List<MatchedLine> judged;
  private final List<MatchedLine> printed;

  public RunView(ExerciseConfig config, Observation observation) {
    this.config = config;
    this.observation = observation;
    this.input = observation.run().input();
    this.matcher = new LineMatcher(config.lines(), input);
    List<MatchedLine> matched = observation.judgedNonBlankLines().stream().map(matcher::match).toList();
    // Reworded lines are bound only where each line's writer is known.
    this.judged = perProcess()
        ? LineBinding.bind(matched, config, input, observation.trace(), observation.rootPid())
        : matched;
    this.printed =
        observation.printedLines().stream().filter(l -> !l.blank()).map(matcher::match).toList();
  }

  public ExerciseConfig config() {
    return config;
  }

  public Observation observation() {
    return observation;
  }

  public Map<String, String> input() {
    return input;
  }

  public LineMatcher matcher() {
    return matcher;
  }

  /** True when lines are known per process (the trace accounts for all output). */
  public boolean perProcess() {
    return observation.traceComplete();
  }

  /** Judged non-blank lines, matched. */
  public List<MatchedLine> judgedLines() {
    return judged;
  }

  /** Non-blank lines of the captured output, matched. */
  public List<MatchedLine> printedLines() {
    return printed;
  }

  public LineSpec spec(String lineId) {
    return config.line(lineId).orElseThrow();
  }

  /** How many times the line should be printed in this run (per position, for an each-line). */
  public Optional<Integer> expectedCount(LineSpec spec) {
    return spec.count().resolve(input);
  }

  /** How many instances of the line a correct program prints in this run. */
  public Optional<Integer> expectedInstances(LineSpec spec) {
    return expectedCount(spec).map(count -> spec.enumerated() ? count * spec.positions() : count);
  }

  /**
   * The judged instances of a line with expected values, each with its index: its position in
   * {@code each}, or for a line printed several times its rank in the order printed.
   */
  public List<Instance> instances(String lineId) {
    return instances(lineId, false);
  }

  /**
   * The judged instances of a line that show its own values (see {@link MatchedLine#showsItsValues}),
   * for a check that pins the values themselves, such as the order the names arrive in.
   */
  public List<Instance> instancesShowingTheirValues(String lineId) {
    return instances(lineId, true);
  }

  private List<Instance> instances(String lineId, boolean ownValues) {
    LineSpec spec = spec(lineId);
    List<MatchedLine> matches =
        judged.stream()
            .filter(m -> m.is(lineId) && m.expected() && (!ownValues || m.showsItsValues()))
            .sorted(Comparator.comparingInt(m -> m.line().firstEvent() >= 0 ? m.line().firstEvent() : m.line().position()))
            .toList();
    List<Instance> instances = new ArrayList<>();
    for (int rank = 0; rank < matches.size(); rank++) {
      MatchedLine match = matches.get(rank);
      instances.add(new Instance(match, spec.enumerated() ? match.position() : rank));
    }
    return instances;
  }

  /** The first number captured as {@code capture} in a judged line {@code lineId}. */
  public Optional<BigDecimal> printedNumber(String lineId, String capture) {
    return judged.stream()
        .filter(m -> m.is(lineId))
        .map(m -> Numbers.parse(m.captures().get(capture)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * The verdict of a check that needs to know who wrote what, in a run whose output partly
   * bypassed the probe: not judged, never failed.
   *
   * @param unknown what cannot be known, e.g. "the locks held at each write"
   */
  public static Verdict writesNotTraced(String unknown) {
    return Verdict.unjudged("writes not traced",
        "Some output reached stdout without passing through the probe, so " + unknown + " is unknown in this run.");
  }

  /** A line as an order check pairs it: the match and its index. */
  public record Instance(MatchedLine match, int index) {
    public OutputLine line() {
      return match.line();
    }
  }

  /** A short description of a line for messages: its template with the values of a position. */
  public String describe(LineSpec spec, int position) {
    Map<String, String> each = spec.enumerated() && position >= 0 ? spec.valuesAt(position) : Map.of();
    return spec.template().fill(each, input, p -> switch (p.kind()) {
      case PID -> "<pid>";
      case NUMBER, TEXT -> "<" + p.name() + ">";
      default -> p.source();
    });
  }

  /**
   * The gate of the checks that judge every instance of a line: when fewer were printed than a
   * correct program prints, what is missing, for the check to word.
   */
  public Optional<TooFewLines> tooFew(LineSpec spec, int printed) {
    return expectedInstances(spec)
        .filter(wanted -> printed < wanted)
        .map(wanted -> new TooFewLines(describe(spec, -1), printed, wanted));
  }

  /** The judged lines as each process wrote them, labelled with the writer, as evidence. */
  public Evidence asWritten(List<String> expected) {
    List<String> observed = new ArrayList<>();
    for (MatchedLine line : judged) {
      long writer = line.line().writer();
      String who = writer == 0 ? "" : writer == observation.rootPid() ? "[parent] " : "[child " + writer + "] ";
      observed.add(who + line.line().raw().strip());
    }
    return new Evidence(expected, observed, "lines as each process wrote them");
  }
}

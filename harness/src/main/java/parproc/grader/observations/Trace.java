package parproc.grader.observations;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The probe's trace of one run, parsed. {@code readable} is false when a record could not be
 * parsed or the file was cut at its size limit: then what the trace says is not the whole story.
 */
public record Trace(List<TraceEvent> events, boolean readable) {

  public Trace {
    events = List.copyOf(events);
  }

  /** Parses the trace's lines; unknown records are kept as {@link TraceEvent.Other}. */
  public static Trace parse(List<String> lines, boolean truncated) {
    TraceParser parser = new TraceParser();
    parser.accept(lines);
    return parser.trace(truncated);
  }

  /** The events of one type, in trace order. */
  public <T extends TraceEvent> Stream<T> all(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast);
  }

  /** The graded process's start record, if the probe got that far. */
  public Optional<TraceEvent.RootStarted> root() {
    return all(TraceEvent.RootStarted.class).findFirst();
  }

  /** Children started with {@code start()} that run the student's code (not a manager's server). */
  public List<TraceEvent.ChildStarted> studentChildren() {
    return all(TraceEvent.ChildStarted.class).filter(s -> !s.internal()).toList();
  }

  /** Every process the run started, internal ones included, by pid. */
  public Set<Long> startedPids() {
    Set<Long> pids = new LinkedHashSet<>();
    all(TraceEvent.ChildStarted.class).forEach(s -> pids.add(s.child()));
    all(TraceEvent.ChildBegan.class).forEach(b -> pids.add(b.pid()));
    return pids;
  }

  /** Locks created by the student's code, by id. */
  public Map<String, TraceEvent.LockCreated> locks() {
    Map<String, TraceEvent.LockCreated> locks = new LinkedHashMap<>();
    all(TraceEvent.LockCreated.class).forEach(l -> locks.put(l.lock(), l));
    return locks;
  }

  /** The total number of bytes written to stdout as the probe saw them. */
  public long outputBytes() {
    return all(TraceEvent.Output.class).mapToLong(TraceEvent.Output::bytes).sum();
  }

  /** The numeric value, if the value is a number (or a text that reads as one). */
  public static Optional<BigDecimal> number(TraceEvent.Value value) {
    if (value.number() != null) {
      return Optional.of(value.number());
    }
    if ("str".equals(value.type())) {
      return Numbers.parse(value.text().trim());
    }
    return Optional.empty();
  }
}

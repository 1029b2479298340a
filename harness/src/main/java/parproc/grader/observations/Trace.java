package parproc.grader.observations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The probe's trace of one run, parsed. {@code readable} is false when a record could not be
 * parsed or the file was cut at its size limit: then what the trace says is not the whole story.
 */
public record Trace(List<TraceEvent> events, boolean readable) {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public Trace {
    events = List.copyOf(events);
  }

  /** Parses the trace's lines; unknown records are kept as {@link TraceEvent.Other}. */
  public static Trace parse(List<String> lines, boolean truncated) {
    List<TraceEvent> events = new ArrayList<>();
    boolean readable = !truncated;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      try {
        events.add(event(events.size(), JSON.readTree(line)));
      } catch (JacksonException | IllegalArgumentException e) {
        readable = false;
      }
    }
    return new Trace(events, readable);
  }

  private static TraceEvent event(int index, JsonNode node) {
    long pid = node.path("pid").asLong(0);
    long t = node.path("t").asLong(TraceEvent.NO_TIME);
    String event = node.path("event").asString("");
    return switch (event) {
      case "root" -> new TraceEvent.RootStarted(
          index, pid, t, text(node, "entry"), text(node, "python"), text(node, "method"));
      case "missing" -> new TraceEvent.EntryMissing(index, pid, t, text(node, "entry"));
      case "return" -> new TraceEvent.EntryReturned(index, pid, t);
      case "start" -> new TraceEvent.ChildStarted(
          index, pid, t, node.path("child").asLong(0), text(node, "name"), text(node, "target"),
          node.path("internal").asBoolean(false), text(node, "args_type"), text(node, "method"));
      case "proc" -> new TraceEvent.ChildBegan(
          index, pid, t, node.path("parent").asLong(0), node.path("ppid").asLong(0),
          text(node, "name"), text(node, "target"), node.path("internal").asBoolean(false),
          text(node, "method"), strings(node.path("holds")));
      case "exit" -> new TraceEvent.ChildExited(index, pid, t, node.path("code").asInt(0));
      case "terminate" -> new TraceEvent.Terminated(index, pid, t, node.path("child").asLong(0), text(node, "name"));
      case "run" -> new TraceEvent.DirectRun(index, pid, t, text(node, "name"), text(node, "target"));
      case "thread" -> new TraceEvent.ThreadStarted(
          index, pid, t, text(node, "name"), text(node, "target"), site(node.path("site")));
      case "exception" -> new TraceEvent.ExceptionRaised(
          index, pid, t, text(node, "where"), text(node, "type"), text(node, "message"),
          text(node, "name"), text(node, "file"), node.path("line").asInt(0),
          text(node, "function"));
      case "out" -> new TraceEvent.Output(
          index, pid, t, node.path("n").asInt(0), node.path("data").asString(""), strings(node.path("held")),
          text(node, "via"));
      case "read" -> new TraceEvent.InputRead(index, pid, t, node.path("n").asInt(0));
      case "lock" -> new TraceEvent.LockCreated(
          index, pid, t, text(node, "lock"), text(node, "kind"), node.path("mutex").asBoolean(false),
          site(node.path("site")));
      case "acquire" -> new TraceEvent.LockAcquired(index, pid, t, text(node, "lock"));
      case "release" -> new TraceEvent.LockReleased(index, pid, t, text(node, "lock"));
      case "queue" -> new TraceEvent.QueueCreated(
          index, pid, t, text(node, "queue"), text(node, "kind"), site(node.path("site")));
      case "put" -> new TraceEvent.QueuePut(index, pid, t, text(node, "queue"), value(node));
      case "put-failed" -> new TraceEvent.QueuePutFailed(index, pid, t, text(node, "queue"));
      case "get" -> new TraceEvent.QueueGet(index, pid, t, text(node, "queue"), value(node));
      case "waiting" -> new TraceEvent.Waiting(
          index, pid, t, text(node, "on"), text(node, "queue"), node.path("child").asLong(0),
          text(node, "name"), text(node, "lock"), node.path("block").asBoolean(true), number(node, "timeout"));
      case "waited" -> new TraceEvent.WaitEnded(
          index, pid, t, text(node, "on"), text(node, "queue"), node.path("child").asLong(0),
          text(node, "name"), text(node, "lock"), text(node, "result"));
      case "sleep" -> new TraceEvent.SleepBegan(
          index, pid, t, number(node, "seconds"), number(node, "scaled"));
      case "slept" -> new TraceEvent.SleepEnded(index, pid, t);
      default -> new TraceEvent.Other(index, pid, t, event);
    };
  }

  /** A number field; null when it is missing, null, or not a number (a repr of something else). */
  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNumber() ? value.asDouble() : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.asString()));
    return values;
  }

  private static TraceEvent.Site site(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    return new TraceEvent.Site(text(node, "file"), node.path("line").asInt(0), text(node, "function"));
  }

  private static TraceEvent.Value value(JsonNode node) {
    String type = text(node, "type");
    JsonNode value = node.get("value");
    if (value == null) {
      return new TraceEvent.Value(type, String.valueOf(text(node, "repr")), null);
    }
    if (value.isNumber()) {
      return new TraceEvent.Value(type, value.asString(), value.decimalValue());
    }
    return new TraceEvent.Value(type, value.isNull() ? "None" : value.asString(), null);
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

  /**
   * The processes that hold each of the program's locks and queues, by id: the one that made it,
   * and every child whose start gave it (by fork, or as an argument when spawned). A process that
   * holds a queue could still put on it; one that holds a lock could still release it.
   */
  public Map<String, Set<Long>> holders() {
    Map<String, Set<Long>> holders = new LinkedHashMap<>();
    for (TraceEvent event : events) {
      if (event instanceof TraceEvent.LockCreated lock) {
        holders.computeIfAbsent(lock.lock(), id -> new LinkedHashSet<>()).add(lock.pid());
      } else if (event instanceof TraceEvent.QueueCreated queue) {
        holders.computeIfAbsent(queue.queue(), id -> new LinkedHashSet<>()).add(queue.pid());
      } else if (event instanceof TraceEvent.ChildBegan began) {
        began.holds().forEach(id -> holders.computeIfAbsent(id, key -> new LinkedHashSet<>()).add(began.pid()));
      }
    }
    return holders;
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

package parproc.grader.observations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a trace's records as they come: a live run's watch feeds it the lines it has read, and
 * the run's observation goes on from there, so that every record is parsed once.
 */
public final class TraceParser {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final List<String> lines = new ArrayList<>();
  private final List<TraceEvent> events = new ArrayList<>();
  private boolean readable = true;

  /** Parses more lines of the trace, in order; a record that cannot be parsed makes it unreadable. */
  public void accept(List<String> more) {
    for (String line : more) {
      lines.add(line);
      if (line.isBlank()) {
        continue;
      }
      try {
        TraceEvent event = event(events.size(), JSON.readTree(line));
        if (event instanceof TraceEvent.Unwritten unwritten) {
          unwrite(unwritten);
        }
        events.add(event);
      } catch (JacksonException | IllegalArgumentException e) {
        readable = false;
      }
    }
  }

  /** Empties the process's last output, whose write failed after it was recorded. */
  private void unwrite(TraceEvent.Unwritten unwritten) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i) instanceof TraceEvent.Output output && output.pid() == unwritten.pid()) {
        events.set(i, new TraceEvent.Output(output.index(), output.pid(), output.t(), 0, "", output.held(),
            output.via()));
        return;
      }
    }
  }

  /** The records parsed so far, in trace order. */
  public List<TraceEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** Whether every line so far was a record. */
  public boolean readable() {
    return readable;
  }

  /** The trace of the lines parsed so far; {@code truncated} says the file was cut at its limit. */
  public Trace trace(boolean truncated) {
    return new Trace(events, readable && !truncated);
  }

  /**
   * The trace of all of {@code all}, reusing the records parsed so far when their lines are its
   * beginning (the trace a watch read while the run was live); otherwise parsed afresh.
   */
  public Trace finish(List<String> all, boolean truncated) {
    if (all.size() < lines.size() || !all.subList(0, lines.size()).equals(lines)) {
      return Trace.parse(all, truncated);
    }
    TraceParser rest = new TraceParser();
    rest.lines.addAll(lines);
    rest.events.addAll(events);
    rest.readable = readable;
    rest.accept(all.subList(lines.size(), all.size()));
    return rest.trace(truncated);
  }

  private static TraceEvent event(int index, JsonNode node) {
    long pid = node.path("pid").asLong(0);
    long t = node.path("t").asLong(TraceEvent.NO_TIME);
    String event = node.path("event").asString("");
    return switch (event) {
      case "root" -> new TraceEvent.RootStarted(
          index, pid, t, text(node, "entry"), text(node, "python"), text(node, "method"),
          node.path("t0").asLong(TraceEvent.NO_TIME));
      case "missing" -> new TraceEvent.EntryMissing(index, pid, t, text(node, "entry"));
      case "return" -> new TraceEvent.EntryReturned(index, pid, t);
      case "start" -> new TraceEvent.ChildStarted(
          index, pid, t, node.path("child").asLong(0), text(node, "name"), text(node, "target"),
          node.path("internal").asBoolean(false), text(node, "args_type"), text(node, "method"));
      case "proc" -> new TraceEvent.ChildBegan(
          index, pid, t, node.path("parent").asLong(0), node.path("ppid").asLong(0),
          text(node, "name"), text(node, "target"), node.path("internal").asBoolean(false),
          text(node, "method"), strings(node.path("holds")), values(node.path("args")));
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
          index, pid, t, text(node, "queue"), text(node, "kind"), site(node.path("site")), text(node, "pipe"));
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
      case "unwritten" -> new TraceEvent.Unwritten(index, pid, t, node.path("n").asInt(0));
      case "kept" -> new TraceEvent.KeptAlive(
          index, pid, t, text(node, "of"), text(node, "kind"), node.path("child").asLong(0), text(node, "name"));
      case "os-call" -> new TraceEvent.OsCall(
          index, pid, t, text(node, "call"), node.path("parent").asLong(0), node.path("signum").asInt(0));
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

  private static List<TraceEvent.Value> values(JsonNode array) {
    List<TraceEvent.Value> values = new ArrayList<>();
    array.forEach(item -> {
      if (item.isObject()) {
        values.add(value(item));
      }
    });
    return values;
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
}

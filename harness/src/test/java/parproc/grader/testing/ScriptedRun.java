package parproc.grader.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunPurpose;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a raw run as the probe would have recorded it, event by event: each call is one trace
 * record (one write, one acquire, one put), in the order of the calls, and the captured stdout
 * is the writes in that order. Tests state interleavings exactly this way.
 */
public final class ScriptedRun {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final long root;
  private final List<String> trace = new ArrayList<>();
  private final StringBuilder stdout = new StringBuilder();
  private final StringBuilder stderr = new StringBuilder();
  private final Map<Long, TreeSet<String>> held = new HashMap<>();
  private Map<String, String> input = new LinkedHashMap<>();
  private String stdin = "";
  private int exitCode = 0;
  private boolean timedOut;
  private String stopped;
  private int processCounter;

  private ScriptedRun(long root) {
    this.root = root;
    record("root", root, Map.of("entry", "entry", "python", "3.11.7"));
  }

  /** A run whose graded process (the parent) has the given pid. */
  public static ScriptedRun root(long pid) {
    return new ScriptedRun(pid);
  }

  /**
   * addManyPar with range(float): both children ({@code a}, {@code b}) die of a TypeError, and
   * {@code parent} waits on the queue that no live process can feed.
   */
  public static ScriptedRun floatRange(long parent, long a, long b) {
    return root(parent).queueCreated(parent, "Q100.1")
        .startHolding(parent, a, "addManyNumbers", "Q100.1").startHolding(parent, b, "addManyNumbers", "Q100.1")
        .exception(a, "child", "TypeError", "'float' object cannot be interpreted as an integer").exit(a, 1)
        .exception(b, "child", "TypeError", "'float' object cannot be interpreted as an integer").exit(b, 1)
        .waitingOn(parent, "get", "Q100.1", null);
  }

  public ScriptedRun input(Map<String, String> values, String stdinText) {
    this.input = new LinkedHashMap<>(values);
    this.stdin = stdinText;
    return this;
  }

  /** One write per piece, by the given process, holding what it holds. */
  public ScriptedRun write(long pid, String... pieces) {
    for (String piece : pieces) {
      stdout.append(piece);
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("n", piece.getBytes(StandardCharsets.UTF_8).length);
      fields.put("data", piece);
      fields.put("held", new ArrayList<>(held.getOrDefault(pid, new TreeSet<>())));
      record("out", pid, fields);
    }
    return this;
  }

  /** A print with several arguments, written as CPython does: each argument, separator, end. */
  public ScriptedRun print(long pid, String... arguments) {
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < arguments.length; i++) {
      if (i > 0) {
        pieces.add(" ");
      }
      pieces.add(arguments[i]);
    }
    pieces.add("\n");
    return write(pid, pieces.toArray(String[]::new));
  }

  /** Output that reached stdout without passing through the probe. */
  public ScriptedRun untracedOutput(String text) {
    stdout.append(text);
    return this;
  }

  /** {@code parent} starts child {@code child}, which begins running {@code target}. */
  public ScriptedRun start(long parent, long child, String target) {
    String name = "Process-" + (++processCounter);
    record("start", parent, Map.of("child", child, "name", name, "target", target, "internal", false,
        "args_type", "tuple", "method", "fork"));
    record("proc", child, Map.of("parent", parent, "ppid", parent, "name", name, "target", target,
        "internal", false, "method", "fork"));
    return this;
  }

  /**
   * {@code parent} starts child {@code child}, named {@code name}, which begins running
   * {@code target} with these arguments (strings and numbers as values, anything else as a repr).
   */
  public ScriptedRun startWith(long parent, long child, String target, String name, Object... args) {
    processCounter++;
    record("start", parent, Map.of("child", child, "name", name, "target", target, "internal", false,
        "args_type", "tuple", "method", "fork"));
    List<Map<String, Object>> values = new ArrayList<>();
    for (Object arg : args) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("type", arg instanceof String ? "str" : arg instanceof Integer ? "int" : "Lock");
      value.put(arg instanceof String || arg instanceof Integer ? "value" : "repr", arg instanceof String
          || arg instanceof Integer ? arg : "<Lock(owner=None)>");
      values.add(value);
    }
    record("proc", child, Map.of("parent", parent, "ppid", parent, "name", name, "target", target,
        "internal", false, "method", "fork", "args", values));
    return this;
  }

  /** A child started, which died before it reached its target (it never began). */
  public ScriptedRun startedOnly(long parent, long child, String target) {
    record("start", parent, Map.of("child", child, "name", "Process-" + (++processCounter), "target", target,
        "internal", false, "args_type", "tuple", "method", "spawn"));
    return this;
  }

  public ScriptedRun startWithArgs(long parent, long child, String target, String argsType) {
    String name = "Process-" + (++processCounter);
    record("start", parent, Map.of("child", child, "name", name, "target", target, "internal", false,
        "args_type", argsType, "method", "fork"));
    record("proc", child, Map.of("parent", parent, "ppid", parent, "name", name, "target", target,
        "internal", false, "method", "fork"));
    return this;
  }

  /** {@code Process.run()} called directly by {@code pid}. */
  public ScriptedRun directRun(long pid, String target) {
    record("run", pid, Map.of("name", "Process-" + (++processCounter), "target", target));
    return this;
  }

  public ScriptedRun exit(long pid, int code) {
    record("exit", pid, Map.of("code", code));
    return this;
  }

  public ScriptedRun lockCreated(long pid, String lock) {
    record("lock", pid, Map.of("lock", lock, "kind", "Lock", "mutex", true,
        "site", Map.of("file", "/s/prog.py", "line", 7, "function", pid == root ? "entry" : "worker")));
    return this;
  }

  public ScriptedRun acquire(long pid, String lock) {
    held.computeIfAbsent(pid, p -> new TreeSet<>()).add(lock);
    record("acquire", pid, Map.of("lock", lock));
    return this;
  }

  public ScriptedRun release(long pid, String lock) {
    held.computeIfAbsent(pid, p -> new TreeSet<>()).remove(lock);
    record("release", pid, Map.of("lock", lock));
    return this;
  }

  public ScriptedRun put(long pid, String queue, Object value) {
    record("put", pid, value(queue, value));
    return this;
  }

  public ScriptedRun get(long pid, String queue, Object value) {
    record("get", pid, value(queue, value));
    return this;
  }

  public ScriptedRun waiting(long pid, String queue) {
    record("waiting", pid, Map.of("on", "get", "queue", queue));
    return this;
  }

  /** {@code parent} starts child {@code child}, which can use the given locks and queues. */
  public ScriptedRun startHolding(long parent, long child, String target, String... holds) {
    String name = "Process-" + (++processCounter);
    record("start", parent, Map.of("child", child, "name", name, "target", target, "internal", false,
        "args_type", "tuple", "method", "fork"));
    record("proc", child, Map.of("parent", parent, "ppid", parent, "name", name, "target", target,
        "internal", false, "method", "fork", "holds", List.of(holds)));
    return this;
  }

  public ScriptedRun queueCreated(long pid, String queue) {
    record("queue", pid, Map.of("queue", queue, "kind", "Queue",
        "site", Map.of("file", "/s/prog.py", "line", 12, "function", "entry")));
    return this;
  }

  /** A wait begins: {@code on} is get (what is a queue), join (a child's pid) or acquire (a lock). */
  public ScriptedRun waitingOn(long pid, String on, Object what, Double timeout) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("on", on);
    switch (on) {
      case "get" -> fields.put("queue", what);
      case "join" -> {
        fields.put("child", what);
        fields.put("name", "Process-" + what);
      }
      default -> fields.put("lock", what);
    }
    if (!on.equals("join")) {
      fields.put("block", true);
    }
    fields.put("timeout", timeout);
    record("waiting", pid, fields);
    return this;
  }

  /** That wait ended with {@code result}. */
  public ScriptedRun waited(long pid, String on, Object what, String result) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("on", on);
    fields.put(on.equals("get") ? "queue" : on.equals("join") ? "child" : "lock", what);
    fields.put("result", result);
    record("waited", pid, fields);
    return this;
  }

  public ScriptedRun sleep(long pid, double seconds) {
    record("sleep", pid, Map.of("seconds", seconds, "scaled", seconds / 10));
    return this;
  }

  public ScriptedRun slept(long pid) {
    record("slept", pid, Map.of());
    return this;
  }

  public ScriptedRun thread(long pid) {
    record("thread", pid, Map.of("name", "Thread-1", "target", "work"));
    return this;
  }

  /** A call past multiprocessing: fork (written by the new process), setsid, signal, atexit. */
  public ScriptedRun osCall(long pid, String call) {
    record("os-call", pid, Map.of("call", call));
    return this;
  }

  /** A record of a kind this harness does not know. */
  public ScriptedRun unknownRecord(long pid) {
    record("future-kind", pid, Map.of());
    return this;
  }

  /** The trace records written so far. */
  public List<String> traceSoFar() {
    return List.copyOf(trace);
  }

  public ScriptedRun read(long pid) {
    record("read", pid, Map.of("n", 1));
    return this;
  }

  public ScriptedRun exception(long pid, String where, String type, String message) {
    record("exception", pid, Map.of("where", where, "type", type, "message", message,
        "file", "prog.py", "line", 4, "function", "worker"));
    stderr.append("Traceback (most recent call last):\n  File \"prog.py\", line 4\n")
        .append(type).append(": ").append(message).append('\n');
    return this;
  }

  public ScriptedRun returned() {
    record("return", root, Map.of());
    return this;
  }

  public ScriptedRun exitCode(int code) {
    this.exitCode = code;
    return this;
  }

  /** The harness ended the run at once, as a deadlock. */
  public ScriptedRun deadlocked() {
    this.stopped = RawRun.DEADLOCK;
    this.exitCode = -1;
    return this;
  }

  public ScriptedRun timedOut() {
    this.timedOut = true;
    this.exitCode = -1;
    return this;
  }

  private static Map<String, Object> value(String queue, Object value) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("queue", queue);
    fields.put("type", value instanceof String ? "str" : value instanceof Double ? "float" : "int");
    fields.put("value", value);
    return fields;
  }

  private void record(String event, long pid, Map<String, Object> fields) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("event", event);
    record.putAll(fields);
    record.put("pid", pid);
    trace.add(JSON.writeValueAsString(record));
  }

  public RawRun build(String exercise) {
    return RawRun.builder(exercise, 0, RunPurpose.GRADED).input(input, stdin).seed(1).timeoutMillis(40_000)
        .ended(root, exitCode, timedOut, 100)
        .stdout(stdout.toString().getBytes(StandardCharsets.UTF_8), false)
        .stderr(stderr.toString().getBytes(StandardCharsets.UTF_8), false).trace(trace, false).stopped(stopped).build();
  }
}

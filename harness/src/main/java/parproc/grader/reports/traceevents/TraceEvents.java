package parproc.grader.reports.traceevents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import parproc.grader.observations.Observation;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.reports.timeline.Timeline;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunPurpose;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recorded runs in Chrome's Trace Event Format (the JSON object form), which Perfetto UI and
 * {@code chrome://tracing} open: a process per pid, duration events for lock holds and waits,
 * instant events for writes, and flow events from each put to its get and from a child's end to
 * the join that waited for it. Times are the probe's, or where a trace has none, its causal order
 * at one millisecond a record.
 */
public final class TraceEvents {

  /** Microseconds per step of the causal order. */
  static final long STEP_MICROS = 1000;

  /**
   * Lock holds and waits go on threads of their own in each process, so that slices of one
   * thread always nest: a wait may begin inside a hold and end after it.
   */
  static final long LOCKS = 1_000_000_000L;

  static final long WAITS = 2_000_000_000L;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private TraceEvents() {}

  /**
   * Writes each recorded run to {@code <exercise>-run<N>.json} in the folder (runs an older
   * grader made looking for a smaller failing input as {@code <exercise>-shrink<N>.json}) and
   * returns the files written.
   */
  public static List<Path> write(Path folder, Iterable<ObservedExercise> recordings) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (ObservedExercise recording : recordings) {
      for (Observation observed : recording.runs()) {
        RawRun run = observed.run();
        String kind = run.purpose() == RunPurpose.GRADED ? "run" : "shrink";
        Path file = folder.resolve(safe(recording.exercise()) + "-" + kind + (run.index() + 1) + ".json");
        Files.writeString(file, render(observed), StandardCharsets.UTF_8);
        written.add(file);
      }
    }
    return written;
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  /** One run as a Trace Event Format document. */
  public static String render(Observation observed) {
    RawRun run = observed.run();
    Timeline timeline = Timeline.of(observed);
    Timeline.Axis axis = timeline.axis();
    // Real times when the trace has them, else the causal order, a millisecond a record.
    IntToLongFunction at = step -> axis.timed() ? axis.time(step) : step * STEP_MICROS;
    long tick = axis.timed() ? 1 : STEP_MICROS / 2;
    List<Map<String, Object>> events = new ArrayList<>();
    for (int i = 0; i < timeline.lanes().size(); i++) {
      Timeline.Lane lane = timeline.lanes().get(i);
      events.add(metadata("process_name", lane.pid(), Map.of("name", lane.label())));
      events.add(metadata("process_sort_index", lane.pid(), Map.of("sort_index", i)));
      events.add(thread(lane.pid(), lane.pid(), lane.parent() ? "main" : "target"));
      events.add(thread(lane.pid(), lane.pid() + LOCKS, "locks held"));
      events.add(thread(lane.pid(), lane.pid() + WAITS, "waits"));
      Map<String, Object> life = event("X", lane.parent() ? "parent" : "process", "process", lane.pid(), at.applyAsLong(lane.from()));
      life.put("dur", at.applyAsLong(lane.to()) - at.applyAsLong(lane.from()) + tick * 2);
      life.put("args", args("exit_code", lane.exitCode()));
      events.add(life);
    }
    Map<String, Timeline.LockInfo> locks = new LinkedHashMap<>();
    timeline.locks().forEach(l -> locks.put(l.id(), l));
    for (Timeline.Hold hold : timeline.holds()) {
      Timeline.LockInfo lock = locks.get(hold.lock());
      String label = lock == null ? hold.lock() : lock.label();
      Map<String, Object> event = event("X", "holds " + label, "lock", hold.pid(), at.applyAsLong(hold.from()));
      event.put("tid", hold.pid() + LOCKS);
      event.put("dur", Math.max(1, at.applyAsLong(hold.to()) - at.applyAsLong(hold.from())));
      event.put("args", args("lock", hold.lock(), "made at", lock == null ? null : lock.site(), "released", !hold.open()));
      events.add(event);
    }
    for (Timeline.Wait wait : timeline.waits()) {
      Map<String, Object> event = event("X", "waiting in " + wait.on() + "()", "wait", wait.pid(), at.applyAsLong(wait.from()));
      event.put("tid", wait.pid() + WAITS);
      event.put("dur", Math.max(1, at.applyAsLong(wait.to()) - at.applyAsLong(wait.from())));
      event.put("args", args("for", wait.what(), "ended", wait.ended()));
      events.add(event);
    }
    for (Timeline.Write write : timeline.writes()) {
      Map<String, Object> event = event("i", "write", "stdout", write.pid(), at.applyAsLong(write.step()));
      event.put("s", "t");
      event.put("args", args("text", write.text(), "locks held", write.held()));
      events.add(event);
    }
    for (Timeline.Mark mark : timeline.marks()) {
      Map<String, Object> event = event("i", mark.kind(), "mark", mark.pid(), at.applyAsLong(mark.step()));
      event.put("s", "p");
      event.put("args", args("what", mark.text()));
      events.add(event);
    }
    int flow = 0;
    for (Timeline.Arrow arrow : timeline.arrows()) {
      flow++;
      String name = arrow.kind().equals("join") ? "join" : "queue " + arrow.queue();
      // A flow binds to the enclosing slices at its ends: a short slice at each end holds it.
      Map<String, Object> from = event("X", arrow.kind().equals("join") ? "ended" : "put " + arrow.label(), "flow",
          arrow.fromPid(), at.applyAsLong(arrow.from()));
      from.put("dur", tick);
      events.add(from);
      Map<String, Object> to = event("X", arrow.kind().equals("join") ? "join returned" : "got " + arrow.label(),
          "flow", arrow.toPid(), at.applyAsLong(arrow.to()));
      to.put("dur", tick);
      events.add(to);
      Map<String, Object> start = event("s", name, arrow.kind(), arrow.fromPid(), at.applyAsLong(arrow.from()));
      start.put("id", flow);
      start.put("args", args("value", arrow.label(), "order", arrow.order()));
      events.add(start);
      Map<String, Object> finish = event("f", name, arrow.kind(), arrow.toPid(), at.applyAsLong(arrow.to()));
      finish.put("id", flow);
      finish.put("bp", "e");
      events.add(finish);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("traceEvents", events);
    document.put("displayTimeUnit", "ms");
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("exercise", run.exercise());
    about.put("run", run.index() + 1);
    about.put("purpose", run.purpose().recorded());
    about.put("stdin", run.stdin());
    about.put("exit_code", run.exitCode());
    about.put("timed_out", run.timedOut());
    about.put("time_axis", axis.timed() ? "microseconds since the run began (the probe's monotonic clock)"
        : "causal order of the probe's trace, 1 ms per record");
    about.put("trace_readable", timeline.readable());
    document.put("otherData", about);
    return JSON.writeValueAsString(document);
  }

  private static Map<String, Object> event(String phase, String name, String category, long pid, long ts) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("name", name);
    event.put("cat", category);
    event.put("ph", phase);
    event.put("ts", ts);
    event.put("pid", pid);
    event.put("tid", pid);
    return event;
  }

  private static Map<String, Object> metadata(String name, long pid, Map<String, Object> args) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("name", name);
    event.put("ph", "M");
    event.put("pid", pid);
    event.put("tid", pid);
    event.put("args", args);
    return event;
  }

  private static Map<String, Object> thread(long pid, long tid, String name) {
    Map<String, Object> event = metadata("thread_name", pid, Map.of("name", name));
    event.put("tid", tid);
    return event;
  }

  private static Map<String, Object> args(Object... pairs) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        args.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return args;
  }
}

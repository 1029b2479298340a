package parproc.grader.reports.traceevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.observations.Observer;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.Recording;
import parproc.grader.runs.RunPurpose;
import parproc.grader.testing.ShippedConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs exported in Chrome's Trace Event Format, read back and checked for the shape tools expect. */
class TraceEventsTests {

  private static final Observer OBSERVER = new Observer(List.of());

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A parent that sends two names to a child through a queue, then joins it (a trace written by hand). */
  static RawRun queueAndJoin() {
    List<String> trace = List.of(
        "{\"event\":\"root\",\"entry\":\"sendName2\",\"pid\":10}",
        "{\"event\":\"queue\",\"queue\":\"Q10.1\",\"kind\":\"Queue\",\"pid\":10}",
        "{\"event\":\"start\",\"child\":11,\"name\":\"Process-1\",\"target\":\"greet2\",\"internal\":false,\"pid\":10}",
        "{\"event\":\"proc\",\"parent\":10,\"ppid\":10,\"name\":\"Process-1\",\"target\":\"greet2\",\"pid\":11}",
        "{\"event\":\"waiting\",\"on\":\"get\",\"queue\":\"Q10.1\",\"pid\":11}",
        "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"str\",\"value\":\"George0\",\"pid\":10}",
        "{\"event\":\"get\",\"queue\":\"Q10.1\",\"type\":\"str\",\"value\":\"George0\",\"pid\":11}",
        "{\"event\":\"out\",\"n\":5,\"data\":\"hi G0\",\"held\":[],\"pid\":11}",
        "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"str\",\"value\":\"George1\",\"pid\":10}",
        "{\"event\":\"waiting\",\"on\":\"join\",\"child\":11,\"name\":\"Process-1\",\"pid\":10}",
        "{\"event\":\"waiting\",\"on\":\"get\",\"queue\":\"Q10.1\",\"pid\":11}",
        "{\"event\":\"get\",\"queue\":\"Q10.1\",\"type\":\"str\",\"value\":\"George1\",\"pid\":11}",
        "{\"event\":\"exit\",\"code\":0,\"pid\":11}",
        "{\"event\":\"out\",\"n\":4,\"data\":\"done\",\"held\":[],\"pid\":10}",
        "{\"event\":\"return\",\"pid\":10}");
    return RawRun.builder("sendName2", 0, RunPurpose.GRADED).ended(10, 0, false, 100).timeoutMillis(30000)
        .trace(trace, false).build();
  }

  @Test
  void writesOneFilePerRunThatReadsBackWithAProcessPerPid(@TempDir Path folder) throws Exception {
    Path recordings = ShippedConfig.home().resolve("harness/src/test/resources/recordings/lock-in-each-child");
    List<ExerciseRecording> recorded = new Recording(recordings).readExercises();

    List<Path> files = TraceEvents.write(folder, recorded.stream().map(OBSERVER::observe).toList());

    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("manyGreetings4-run1.json", "manyGreetings4-run2.json");
    JsonNode document = JSON.readTree(Files.readString(files.get(0)));
    JsonNode events = document.get("traceEvents");
    assertThat(events.isArray()).isTrue();
    List<Long> processes = new ArrayList<>();
    for (JsonNode event : events) {
      assertThat(event.get("ph").asString()).isIn("M", "X", "i", "s", "f");
      assertThat(event.get("pid").isNumber()).isTrue();
      if (!event.get("ph").asString().equals("M")) {
        assertThat(event.get("ts").asLong()).isNotNegative();
      }
      if (event.get("name").asString().equals("process_name")) {
        processes.add(event.get("pid").asLong());
      }
    }
    assertThat(processes).hasSize(11).doesNotHaveDuplicates();
    List<String> holds = new ArrayList<>();
    events.forEach(e -> {
      if (e.get("ph").asString().equals("X") && e.get("cat").asString().equals("lock")) {
        assertThat(e.get("dur").asLong()).isPositive();
        holds.add(e.get("args").get("lock").asString());
      }
    });
    assertThat(holds).hasSize(10).doesNotHaveDuplicates();
    long writes = 0;
    for (JsonNode e : events) {
      if (e.get("ph").asString().equals("i") && e.get("cat").asString().equals("stdout")) {
        writes++;
        assertThat(e.get("s").asString()).isEqualTo("t");
        assertThat(e.get("args").has("text")).isTrue();
      }
    }
    assertThat(writes).isEqualTo(86);
    assertThat(document.get("otherData").get("exercise").asString()).isEqualTo("manyGreetings4");
  }

  @Test
  void flowsGoFromEachPutToItsGetAndFromTheChildsEndToTheJoin() throws Exception {
    JsonNode events = JSON.readTree(TraceEvents.render(OBSERVER.observe(queueAndJoin()))).get("traceEvents");

    Map<Long, JsonNode> starts = new HashMap<>();
    Map<Long, JsonNode> finishes = new HashMap<>();
    for (JsonNode e : events) {
      if (e.get("ph").asString().equals("s")) {
        starts.put(e.get("id").asLong(), e);
      } else if (e.get("ph").asString().equals("f")) {
        finishes.put(e.get("id").asLong(), e);
        assertThat(e.get("bp").asString()).isEqualTo("e");
      }
    }
    assertThat(starts.keySet()).isEqualTo(finishes.keySet()).hasSize(3);
    List<String> flows = new ArrayList<>();
    for (long id : starts.keySet().stream().sorted().toList()) {
      JsonNode start = starts.get(id);
      JsonNode finish = finishes.get(id);
      assertThat(finish.get("ts").asLong()).isGreaterThan(start.get("ts").asLong());
      flows.add(start.get("cat").asString() + " " + start.get("pid").asLong() + "->" + finish.get("pid").asLong()
          + " " + start.get("args").path("value").asString(""));
    }
    assertThat(flows).containsExactly("put-get 10->11 'George0'", "put-get 10->11 'George1'",
        "join 11->10 Process-1 (pid 11) ended");
    // Every flow end sits inside a slice of its thread, where trace viewers attach it.
    for (JsonNode end : List.copyOf(finishes.values())) {
      assertThat(enclosingSlices(events, end)).isPositive();
    }
  }

  @Test
  void slicesOfOneThreadNestAndNeverOverlapPartly() throws Exception {
    for (RawRun run : List.of(queueAndJoin(), new Recording(ShippedConfig.home()
        .resolve("harness/src/test/resources/recordings/garbled-but-correct")).readExercises().get(0).runs().get(0))) {
      JsonNode events = JSON.readTree(TraceEvents.render(OBSERVER.observe(run))).get("traceEvents");
      Map<String, List<long[]>> threads = new HashMap<>();
      for (JsonNode e : events) {
        if (e.get("ph").asString().equals("X")) {
          long from = e.get("ts").asLong();
          threads.computeIfAbsent(e.get("pid").asLong() + "/" + e.get("tid").asLong(), k -> new ArrayList<>())
              .add(new long[] {from, from + e.get("dur").asLong()});
        }
      }
      threads.forEach((thread, slices) -> {
        for (long[] a : slices) {
          for (long[] b : slices) {
            boolean disjoint = a[1] <= b[0] || b[1] <= a[0];
            boolean nested = (a[0] <= b[0] && b[1] <= a[1]) || (b[0] <= a[0] && a[1] <= b[1]);
            assertThat(disjoint || nested).as("slices on " + thread).isTrue();
          }
        }
      });
    }
  }

  private static long enclosingSlices(JsonNode events, JsonNode point) {
    long count = 0;
    for (JsonNode e : events) {
      if (e.get("ph").asString().equals("X") && e.get("pid").asLong() == point.get("pid").asLong()
          && e.get("tid").asLong() == point.get("tid").asLong()
          && e.get("ts").asLong() <= point.get("ts").asLong()
          && point.get("ts").asLong() < e.get("ts").asLong() + e.get("dur").asLong()) {
        count++;
      }
    }
    return count;
  }
}

package parproc.grader.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace's records parsed with their times and waits. */
class TraceTests {

  private static final List<String> RUN = List.of(
      "{\"event\":\"root\",\"entry\":\"main\",\"t\":10,\"pid\":1}",
      "{\"event\":\"lock\",\"lock\":\"L1.1\",\"kind\":\"Lock\",\"mutex\":true,\"site\":null,\"t\":20,\"pid\":1}",
      "{\"event\":\"queue\",\"queue\":\"Q1.2\",\"kind\":\"Queue\",\"site\":null,\"t\":30,\"pid\":1}",
      "{\"event\":\"start\",\"child\":2,\"name\":\"Process-1\",\"t\":40,\"pid\":1}",
      "{\"event\":\"proc\",\"parent\":1,\"name\":\"Process-1\",\"holds\":[\"Q1.2\"],\"t\":41,\"pid\":2}",
      "{\"event\":\"waiting\",\"on\":\"get\",\"queue\":\"Q1.2\",\"block\":true,\"timeout\":null,\"t\":50,\"pid\":1}",
      "{\"event\":\"sleep\",\"seconds\":5,\"scaled\":0.5,\"t\":51,\"pid\":2}",
      "{\"event\":\"waited\",\"on\":\"get\",\"queue\":\"Q1.2\",\"result\":\"timeout\",\"t\":90,\"pid\":1}",
      "{\"event\":\"waiting\",\"on\":\"join\",\"child\":2,\"name\":\"Process-1\",\"timeout\":0.25,\"t\":95,\"pid\":1}");

  @Test
  void waitsAndSleepsCarryTheirArgumentsAndTimes() {
    Trace trace = Trace.parse(RUN, false);
    assertThat(trace.readable()).isTrue();
    assertThat(trace.all(TraceEvent.Waiting.class).toList()).containsExactly(
        new TraceEvent.Waiting(5, 1, 50, "get", "Q1.2", 0, null, null, true, null),
        new TraceEvent.Waiting(8, 1, 95, "join", null, 2, "Process-1", null, true, 0.25));
    assertThat(trace.all(TraceEvent.WaitEnded.class).toList()).containsExactly(
        new TraceEvent.WaitEnded(7, 1, 90, "get", "Q1.2", 0, null, null, "timeout"));
    assertThat(trace.all(TraceEvent.SleepBegan.class).toList()).containsExactly(
        new TraceEvent.SleepBegan(6, 2, 51, 5.0, 0.5));
  }

  @Test
  void aWriteThatFailedEmptiesTheOutputRecordedBeforeIt() {
    Trace trace = Trace.parse(List.of(
        "{\"event\":\"out\",\"n\":3,\"data\":\"hi\\n\",\"held\":[],\"pid\":7}",
        "{\"event\":\"out\",\"n\":5,\"data\":\"lost\\n\",\"held\":[],\"pid\":7}",
        "{\"event\":\"unwritten\",\"n\":5,\"pid\":7}"), false);

    assertThat(trace.all(TraceEvent.Output.class).map(TraceEvent.Output::data).toList()).containsExactly("hi\n", "");
    assertThat(trace.outputBytes()).isEqualTo(3);
  }

  @Test
  void aRecordedTraceWithoutTimesStillParses() {
    Trace trace = Trace.parse(List.of("{\"event\":\"proc\",\"parent\":1,\"pid\":2}"), false);
    TraceEvent.ChildBegan began = trace.all(TraceEvent.ChildBegan.class).findFirst().orElseThrow();
    assertThat(began.t()).isEqualTo(TraceEvent.NO_TIME);
    assertThat(began.holds()).isEmpty();
  }
}

package parproc.grader.reports.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import parproc.grader.observations.Observer;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunPurpose;

/**
 * A timeline of a run the kernel witness recorded: a process only the kernel saw gets a lane of its
 * own, its writes to stdout are marked as the kernel's, and a contradiction between the two
 * records is marked on the lane and at the moment it is about.
 */
class TimelineWitnessTests {

  private static final long START = 5_000_000;

  private static String write(long pid, String target, String text, long at) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return "W " + at + " " + (at + 5) + " " + pid + " " + pid + " 1 " + target + " " + bytes.length + " "
        + HexFormat.of().formatHex(bytes);
  }

  private static RawRun run(List<String> trace, List<String> witness, String stdout) {
    return RawRun.builder("procEx", 0, RunPurpose.GRADED).ended(10, 0, false, 100)
        .stdout(stdout.getBytes(StandardCharsets.UTF_8), false).trace(trace, false).witness(witness).build();
  }

  @Test
  void aProcessOnlyTheKernelSawHasALaneAndItsWritesAreMarked() {
    String root = "{\"event\":\"root\",\"entry\":\"procEx\",\"t0\":" + START + ",\"t\":0,\"pid\":10}";
    String out = "{\"event\":\"out\",\"n\":9,\"data\":\"Hi parent\",\"held\":[],\"t\":100,\"pid\":10}";
    String done = "{\"event\":\"return\",\"t\":3000,\"pid\":10}";
    List<String> witness = List.of("S " + START + " 10", "O " + START + " 10 1 pipe:[7]",
        "O " + START + " 10 3 /grader/trace", write(10, "/grader/trace", root + "\n", START + 10),
        write(10, "/grader/trace", out + "\n", START + 110), write(10, "pipe:[7]", "Hi parent", START + 120),
        "F " + (START + 1000) + " 10 11 p", write(11, "pipe:[7]", "Hi child\n", START + 2000),
        "X " + (START + 2100) + " 11 11 0", write(10, "/grader/trace", done + "\n", START + 3010));

    Timeline timeline = Timeline.of(new Observer(List.of()).observe(
        run(List.of(root, out, done), witness, "Hi parentHi child\n")));

    Timeline.Lane kernelOnly = timeline.lane(11);
    assertThat(kernelOnly).isNotNull();
    assertThat(kernelOnly.name()).isEqualTo("seen by the kernel only");
    assertThat(kernelOnly.exitCode()).isZero();
    assertThat(timeline.marks()).filteredOn(mark -> mark.kind().equals("kernel-write"))
        .extracting(Timeline.Mark::pid, Timeline.Mark::step, Timeline.Mark::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(11L, 1,
            "written to stdout below the probe, seen by the kernel: Hi child"));
  }

  @Test
  void aContradictionIsMarkedOnTheLaneAndAtTheMomentItIsAbout() {
    String root = "{\"event\":\"root\",\"entry\":\"procEx\",\"t0\":" + START + ",\"t\":0,\"pid\":10}";
    String start = "{\"event\":\"start\",\"child\":99,\"name\":\"Process-1\",\"t\":500,\"pid\":10}";
    String done = "{\"event\":\"return\",\"t\":900,\"pid\":10}";
    List<String> witness = List.of("S " + START + " 10", "O " + START + " 10 1 pipe:[7]",
        "O " + START + " 10 3 /grader/trace", write(10, "/grader/trace", root + "\n", START + 10),
        write(10, "/grader/trace", start + "\n", START + 510), write(10, "/grader/trace", done + "\n", START + 910));

    Timeline timeline = Timeline.of(new Observer(List.of()).observe(run(List.of(root, start, done), witness, "")));

    assertThat(timeline.marks()).filteredOn(mark -> mark.kind().equals("contradiction"))
        .extracting(Timeline.Mark::pid, Timeline.Mark::step, Timeline.Mark::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(10L, 1, "the kernel saw otherwise: the probe says process 10"
            + " started process 99 (Process-1); the kernel saw no such process of the run"));
  }
}

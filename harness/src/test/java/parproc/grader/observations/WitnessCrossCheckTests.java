package parproc.grader.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunPurpose;

/**
 * The probe's record against the kernel witness's, on scripted records: a run whose records agree
 * passes, and each kind of forgery is named with both records side by side.
 */
class WitnessCrossCheckTests {

  private static final String STDOUT = "pipe:[100]";
  private static final String TRACE = "/run/grader/trace.jsonl";
  private static final String QUEUE = "pipe:[200]";
  private static final long START = 1_000_000;

  /** A run's two records, written side by side as a run would write them. */
  private static final class Records {
    final List<String> trace = new ArrayList<>();
    final List<String> witness = new ArrayList<>();
    long clock = START;
    StringBuilder stdout = new StringBuilder();

    Records() {
      witness.add("S " + START + " 10");
      witness.add("O " + START + " 10 1 " + STDOUT);
      witness.add("O " + START + " 10 3 " + TRACE);
      record(10, "{\"event\":\"root\",\"entry\":\"main\",\"t0\":" + START + ",\"t\":0,\"pid\":10}");
    }

    /** A record the probe writes, and the kernel's sight of its write by {@code writer}, after the time it bears. */
    Records record(long writer, String line) {
      trace.add(line);
      Matcher time = Pattern.compile("\"t\":(\\d+),").matcher(line);
      if (time.find()) {
        clock = Math.max(clock, START + Long.parseLong(time.group(1)));
      }
      witness.add(write(writer, TRACE, (line + "\n").getBytes(StandardCharsets.UTF_8)));
      return this;
    }

    /** A record of the probe's that the kernel saw no one write. */
    Records unwrittenRecord(String line) {
      trace.add(line);
      return this;
    }

    Records fork(long parent, long child) {
      witness.add("F " + (clock += 10) + " " + parent + " " + child + " p");
      return this;
    }

    Records exit(long pid, int status) {
      witness.add("X " + (clock += 10) + " " + pid + " " + pid + " " + status);
      return this;
    }

    /** A print the probe records (held locks as given) and the kernel sees made by {@code writer}. */
    Records print(long recorded, long writer, String text, String... held) {
      String locks = held.length == 0 ? "[]" : "[\"" + String.join("\",\"", held) + "\"]";
      record(recorded, "{\"event\":\"out\",\"n\":" + text.length() + ",\"data\":\"" + text.replace("\n", "\\n")
          + "\",\"held\":" + locks + ",\"t\":" + (clock - START) + ",\"pid\":" + recorded + "}");
      witness.add(write(writer, STDOUT, text.getBytes(StandardCharsets.UTF_8)));
      stdout.append(text);
      return this;
    }

    String write(long writer, String target, byte[] bytes) {
      long entered = clock += 10;
      long ended = clock += 10;
      return "W " + entered + " " + ended + " " + writer + " " + writer + " 1 " + target + " " + bytes.length + " "
          + HexFormat.of().formatHex(bytes);
    }

    Records at(long micros) {
      clock = START + micros;
      return this;
    }

    RawRun run() {
      return RawRun.builder("x", 0, RunPurpose.GRADED).ended(10, 0, false, 100)
          .stdout(stdout.toString().getBytes(StandardCharsets.UTF_8), false).trace(trace, false).witness(witness)
          .build();
    }

    Optional<String> contradiction() {
      RawRun run = run();
      return WitnessCrossCheck.contradiction(run, Trace.parse(run.trace(), false), Witness.parse(run.witness()))
          .map(WitnessCrossCheck.Contradiction::message);
    }
  }

  private static Records childGreets() {
    return new Records()
        .fork(10, 11)
        .record(10, "{\"event\":\"start\",\"child\":11,\"name\":\"Process-1\",\"t\":5,\"pid\":10}")
        .record(11, "{\"event\":\"proc\",\"parent\":10,\"ppid\":10,\"name\":\"Process-1\",\"t\":6,\"pid\":11}")
        .print(11, 11, "Hi from process 11\n")
        .record(11, "{\"event\":\"exit\",\"code\":0,\"t\":200,\"pid\":11}")
        .exit(11, 0);
  }

  @Test
  void aRunWhoseRecordsAgreeHasNoContradiction() {
    assertThat(childGreets().contradiction()).isEmpty();
  }

  @Test
  void aRecordWrittenByAnotherProcessThanItNamesIsNamed() {
    Records records = childGreets()
        .record(11, "{\"event\":\"get\",\"queue\":\"Q10.1\",\"type\":\"int\",\"value\":7,\"t\":300,\"pid\":10}");

    assertThat(records.contradiction()).hasValue("the probe's record names process 10 as the writer of "
        + "'{\"event\":\"get\",\"queue\":\"Q10.1\",\"type\":\"int\",\"value\":7,\"t\":300,\"pid\":10}'; the kernel saw"
        + " process 11 write it");
  }

  @Test
  void aRecordNoProcessWroteIsNamed() {
    Records records = childGreets().unwrittenRecord("{\"event\":\"return\",\"t\":30,\"pid\":10}");

    assertThat(records.contradiction()).hasValue(
        "the probe's record holds '{\"event\":\"return\",\"t\":30,\"pid\":10}', which the kernel saw no process write whole");
  }

  @Test
  void aChildTheKernelNeverSawIsNamed() {
    Records records = new Records()
        .record(10, "{\"event\":\"start\",\"child\":4242,\"name\":\"Process-1\",\"t\":5,\"pid\":10}");

    assertThat(records.contradiction()).hasValue(
        "the probe says process 10 started process 4242 (Process-1); the kernel saw no such process of the run");
  }

  @Test
  void aLineWrittenByAnotherProcessThanTheProbeSaysIsNamedWithBoth() {
    Records records = new Records().fork(10, 11).fork(10, 12)
        .record(11, "{\"event\":\"proc\",\"parent\":10,\"ppid\":10,\"name\":\"Process-1\",\"t\":6,\"pid\":11}")
        .record(12, "{\"event\":\"proc\",\"parent\":10,\"ppid\":10,\"name\":\"Process-2\",\"t\":7,\"pid\":12}")
        .print(11, 12, "Hi from process 12\n");

    assertThat(records.contradiction()).hasValue(
        "the probe says process 11 wrote 'Hi from process 12' to stdout; the kernel saw process 12 write it");
  }

  @Test
  void aPutTheKernelSawNoMessageForIsNamed() {
    Records records = childGreets()
        .record(10, "{\"event\":\"queue\",\"queue\":\"Q10.1\",\"kind\":\"Queue\",\"site\":null,\"pipe\":\"" + QUEUE
            + "\",\"t\":210,\"pid\":10}")
        .record(11, "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"int\",\"value\":7,\"t\":220,\"pid\":11}");

    assertThat(records.contradiction()).hasValue("the probe says process 11 put 7 on a queue; the kernel saw no such"
        + " message written into that queue's pipe by process 11");
  }

  @Test
  void aPutWhoseMessageHoldsAnotherValueIsNamedAndTheSameValuePasses() {
    Records sent = childGreets()
        .record(10, "{\"event\":\"queue\",\"queue\":\"Q10.1\",\"kind\":\"Queue\",\"site\":null,\"pipe\":\"" + QUEUE
            + "\",\"t\":210,\"pid\":10}")
        .record(11, "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"int\",\"value\":7,\"t\":220,\"pid\":11}");
    // multiprocessing's frame: a 4-byte length, then the pickle (protocol 4, BININT1 34, STOP).
    Records forty = childGreets();
    forty.trace.addAll(sent.trace.subList(forty.trace.size(), sent.trace.size()));
    forty.witness.addAll(sent.witness.subList(forty.witness.size(), sent.witness.size()));
    sent.witness.add(sent.write(11, QUEUE, HexFormat.of().parseHex("0000000580044b072e")));
    forty.witness.add(forty.write(11, QUEUE, HexFormat.of().parseHex("0000000580044b222e")));

    assertThat(sent.contradiction()).isEmpty();
    assertThat(forty.contradiction()).hasValue(
        "the probe says process 11 put 7 on a queue; the kernel saw it write 34 into that queue's pipe");
  }

  @Test
  void twoProcessesHoldingOneLockAtOnceIsAForgery() {
    Records records = new Records().fork(10, 11).fork(10, 12)
        .record(10, "{\"event\":\"lock\",\"lock\":\"L10.1\",\"kind\":\"Lock\",\"mutex\":true,\"site\":null,\"t\":1,\"pid\":10}")
        .record(11, "{\"event\":\"acquire\",\"lock\":\"L10.1\",\"t\":100,\"pid\":11}")
        .record(12, "{\"event\":\"acquire\",\"lock\":\"L10.1\",\"t\":150,\"pid\":12}")
        .record(11, "{\"event\":\"release\",\"lock\":\"L10.1\",\"t\":200,\"pid\":11}")
        .record(12, "{\"event\":\"release\",\"lock\":\"L10.1\",\"t\":250,\"pid\":12}");

    assertThat(records.contradiction()).hasValue("the probe says processes 11 and 12 held lock L10.1 at the same"
        + " time, which no lock allows (0.2 ms to 0.2 ms into the run)");
  }

  @Test
  void aWriteIsJudgedAgainstTheHoldItFallsInAmongMany() {
    // Holds one after another by 11, 13, 11 and 13: the write 12 claims under the lock falls
    // inside the third, 11's.
    Records records = new Records().fork(10, 11).fork(10, 12).fork(10, 13)
        .record(10, "{\"event\":\"lock\",\"lock\":\"L10.1\",\"kind\":\"Lock\",\"mutex\":true,\"site\":null,\"t\":1,\"pid\":10}");
    long[] pids = {11, 13, 11, 13};
    for (int i = 0; i < pids.length; i++) {
      long from = 1000 + 2000L * i;
      records.at(from).record(pids[i], "{\"event\":\"acquire\",\"lock\":\"L10.1\",\"t\":" + from + ",\"pid\":" + pids[i] + "}");
      if (i == 2) {
        records.at(from + 500).print(12, 12, "Hi p2\n", "L10.1");
      }
      records.at(from + 1500).record(pids[i], "{\"event\":\"release\",\"lock\":\"L10.1\",\"t\":" + (from + 1500)
          + ",\"pid\":" + pids[i] + "}");
    }

    assertThat(records.contradiction()).hasValue("the probe says process 12 held lock L10.1 as it wrote 'Hi p2'; the"
        + " kernel saw that write while process 11 held it");
  }

  @Test
  void aWriteUnderALockThatAnotherProcessHeldThroughoutIsAForgery() {
    Records records = new Records().fork(10, 11).fork(10, 12)
        .record(10, "{\"event\":\"lock\",\"lock\":\"L10.1\",\"kind\":\"Lock\",\"mutex\":true,\"site\":null,\"t\":1,\"pid\":10}")
        .at(1000).record(11, "{\"event\":\"acquire\",\"lock\":\"L10.1\",\"t\":1000,\"pid\":11}")
        .at(2000).print(12, 12, "Hi p2\n", "L10.1")
        .at(5000).record(11, "{\"event\":\"release\",\"lock\":\"L10.1\",\"t\":5000,\"pid\":11}");

    assertThat(records.contradiction()).hasValue("the probe says process 12 held lock L10.1 as it wrote 'Hi p2'; the"
        + " kernel saw that write while process 11 held it");
  }

  @Test
  void holdsOneAfterTheOtherAgree() {
    Records records = new Records().fork(10, 11).fork(10, 12)
        .record(10, "{\"event\":\"lock\",\"lock\":\"L10.1\",\"kind\":\"Lock\",\"mutex\":true,\"site\":null,\"t\":1,\"pid\":10}")
        .at(1000).record(11, "{\"event\":\"acquire\",\"lock\":\"L10.1\",\"t\":1000,\"pid\":11}")
        .at(1100).print(11, 11, "Hi p1\n", "L10.1")
        .at(2000).record(11, "{\"event\":\"release\",\"lock\":\"L10.1\",\"t\":2000,\"pid\":11}")
        .at(2100).record(12, "{\"event\":\"acquire\",\"lock\":\"L10.1\",\"t\":2100,\"pid\":12}")
        .at(2200).print(12, 12, "Hi p2\n", "L10.1")
        .at(3000).record(12, "{\"event\":\"release\",\"lock\":\"L10.1\",\"t\":3000,\"pid\":12}");

    assertThat(records.contradiction()).isEmpty();
  }

  @Test
  void aRecordBearingATimeAfterItsWriteIsAForgery() {
    Records records = new Records();
    records.trace.add("{\"event\":\"return\",\"t\":900000,\"pid\":10}");
    records.witness.add(records.write(10, TRACE, "{\"event\":\"return\",\"t\":900000,\"pid\":10}\n"
        .getBytes(StandardCharsets.UTF_8)));

    assertThat(records.contradiction()).hasValue("the probe's record '{\"event\":\"return\",\"t\":900000,\"pid\":10}' of"
        + " process 10 bears the time 900.0 ms into the run; the kernel saw it written at 0.0 ms");
  }

  @Test
  void aRecordBearingATimeBeforeAnEarlierOneOfItsThreadIsAForgery() {
    Records records = new Records().at(5000)
        .record(10, "{\"event\":\"sleep\",\"seconds\":1,\"scaled\":1,\"t\":5000,\"pid\":10}")
        .record(10, "{\"event\":\"acquire\",\"lock\":\"L10.1\",\"t\":0,\"pid\":10}");

    assertThat(records.contradiction()).hasValue("the probe's record '{\"event\":\"acquire\",\"lock\":\"L10.1\",\"t\":0,"
        + "\"pid\":10}' of process 10 bears the time 0.0 ms into the run, after one its thread wrote bearing 5.0 ms:"
        + " a thread's clock never goes back");
  }

  @Test
  void aPutThatRaisedTakesNoMessageFromTheNextPut() {
    // put_nowait on a full queue raised, then the retry sent the value: one message, two puts.
    Records records = childGreets()
        .record(10, "{\"event\":\"queue\",\"queue\":\"Q10.1\",\"kind\":\"Queue\",\"site\":null,\"pipe\":\"" + QUEUE
            + "\",\"t\":210,\"pid\":10}")
        .record(11, "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"int\",\"value\":7,\"t\":220,\"pid\":11}")
        .record(11, "{\"event\":\"put-failed\",\"queue\":\"Q10.1\",\"t\":221,\"pid\":11}")
        .record(11, "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"int\",\"value\":7,\"t\":230,\"pid\":11}");
    records.witness.add(records.write(11, QUEUE, HexFormat.of().parseHex("0000000580044b072e")));

    assertThat(records.contradiction()).isEmpty();
    // A failure after a later put excuses nothing: the put with no message is still named.
    Records excused = childGreets()
        .record(10, "{\"event\":\"queue\",\"queue\":\"Q10.1\",\"kind\":\"Queue\",\"site\":null,\"pipe\":\"" + QUEUE
            + "\",\"t\":210,\"pid\":10}")
        .record(11, "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"int\",\"value\":7,\"t\":220,\"pid\":11}")
        .record(11, "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"int\",\"value\":8,\"t\":230,\"pid\":11}")
        .record(11, "{\"event\":\"put-failed\",\"queue\":\"Q10.1\",\"t\":231,\"pid\":11}");
    assertThat(excused.contradiction()).hasValue("the probe says process 11 put 7 on a queue; the kernel saw no such"
        + " message written into that queue's pipe by process 11");
  }

  @Test
  void messagesAfterAWriteTheWitnessKeptOnlyInPartAreNotJudged() {
    Records records = childGreets()
        .record(10, "{\"event\":\"queue\",\"queue\":\"Q10.1\",\"kind\":\"Queue\",\"site\":null,\"pipe\":\"" + QUEUE
            + "\",\"t\":210,\"pid\":10}")
        .record(11, "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"list\",\"repr\":\"[...]\",\"t\":220,\"pid\":11}")
        .record(11, "{\"event\":\"put\",\"queue\":\"Q10.1\",\"type\":\"int\",\"value\":7,\"t\":230,\"pid\":11}");
    // A 100 000-byte message of which the witness kept 8 bytes, then the 7.
    String cut = records.write(11, QUEUE, HexFormat.of().parseHex("000186a080049500"));
    records.witness.add(cut.replace(" 8 000186a0", " 100004 000186a0"));
    records.witness.add(records.write(11, QUEUE, HexFormat.of().parseHex("0000000580044b072e")));

    assertThat(records.contradiction()).isEmpty();
  }

  @Test
  void aChildsNegativeExitStatusIsTheKernelsLowByte() {
    Records records = new Records().fork(10, 11)
        .record(11, "{\"event\":\"proc\",\"parent\":10,\"ppid\":10,\"name\":\"Process-1\",\"t\":6,\"pid\":11}")
        .record(11, "{\"event\":\"exit\",\"code\":-1,\"t\":9,\"pid\":11}")
        .exit(11, 255);

    assertThat(records.contradiction()).isEmpty();
  }

  @Test
  void anExitStatusOtherThanTheKernelsIsNamed() {
    Records records = new Records().fork(10, 11)
        .record(11, "{\"event\":\"proc\",\"parent\":10,\"ppid\":10,\"name\":\"Process-1\",\"t\":6,\"pid\":11}")
        .record(11, "{\"event\":\"exit\",\"code\":0,\"t\":9,\"pid\":11}")
        .exit(11, 1);

    assertThat(records.contradiction()).hasValue("the probe says process 11 ended with status 0; the kernel saw status 1");
  }

  @Test
  void aProgramThatTracesIsNamed() {
    Records records = new Records();
    records.witness.add("D 1000 10 10 101");

    assertThat(records.contradiction()).hasValue(
        "process 10 tried to trace or write into other processes (system call 101), which the kernel witness refuses");
  }
}

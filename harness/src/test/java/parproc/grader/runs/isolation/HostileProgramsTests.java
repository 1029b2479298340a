package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.cli.Main;
import parproc.grader.testing.Fixture;
import parproc.grader.testing.Grading;
import parproc.grader.testing.Isolated;
import parproc.grader.testing.Recordings;
import parproc.grader.testing.SharedLeftovers;
import parproc.grader.testing.ShippedConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile corpus graded through the command line as a user grades it: each program is
 * graded within its time limit times its runs plus 10 s, with exit status 1, the outcome its
 * header names (and the limit that stopped it, "# Stopped:"), nothing of it left running, and
 * nothing it reached outside its run: no answer printed, no connection made, no report
 * overwritten. The daemon left behind loses its check in every isolation.
 *
 * <p>The tampering corpus is graded the same way, each program beside the honest mistake it
 * dresses up, with the same runs and seed: it scores at most what that mistake scores (its
 * {@code # AtMost:}), its grade says it interfered with the grader exactly when its
 * {@code # Flagged:} says so, no code of its own runs before the probe, and what a run left in the
 * machine's shared memory is gone when the grading ends.
 */
class HostileProgramsTests {

  private static final List<String> CASES = List.of("memory-hog", "fork-bomb", "output-flood", "twenty-mb-line",
      "double-fork-daemon", "kill-ancestors", "search-answers", "write-results", "connect-listener",
      "hang-at-import", "reads-stdin", "many-files");
  private static final int RUNS = 2;
  private static final int TIMEOUT = 10;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicTest> everyHostileCaseIsGradedInTimeAndLeavesNothing() {
    return CASES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Fixture fixture = Fixture.read(ShippedConfig.programs().resolve("hostile").resolve(name + ".py"));
      String source = Files.readString(fixture.file(), StandardCharsets.ISO_8859_1);
      Assumptions.assumeTrue(!source.contains("\n# Needs: root") || Isolated.asRoot(), "needs root");
      Path folder = Files.createTempDirectory("parproc-hostile-");
      Path results = Files.createTempDirectory("parproc-results-");
      try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
        Files.copy(fixture.file(), folder.resolve(fixture.file().getFileName()));
        Files.writeString(folder.resolve("port.txt"), Integer.toString(listener.getLocalPort()));
        Path report = results.resolve("results.json");
        Path record = results.resolve("record");

        long start = System.nanoTime();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).run(
            folder.toString(), "--exercise", fixture.exercise(), "--runs", Integer.toString(RUNS),
            "--timeout", Integer.toString(TIMEOUT), "--seed", "9", "--format", "json", "--output", report.toString(),
            "--record", record.toString(), "--config", ShippedConfig.home().resolve("grading-config").toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        JsonNode json = JSON.readTree(Files.readString(report));
        JsonNode exercise = json.path("exercises").get(0);
        String account = name + " (" + err + "):\n" + json.toPrettyString();
        assertThat(seconds).as(account).isLessThanOrEqualTo(TIMEOUT * RUNS + 10);
        assertThat(code).as(account).isEqualTo(fixture.expect().equals("full-marks") ? 0 : 1);
        assertThat(exercise.path("status").asString()).as(account).isEqualTo("graded");
        switch (fixture.expect()) {
          case "full-marks" -> assertThat(exercise.path("score").asInt()).as(account)
              .isEqualTo(exercise.path("max_score").asInt());
          case "timeout" -> assertThat(check(exercise, "finishes-cleanly").toString()).as(account)
              .contains("stopped at the time limit");
          default -> fixture.loses().forEach(id ->
              assertThat(check(exercise, id).path("passed").asBoolean()).as(account + "\nmust lose " + id).isFalse());
        }
        String stopped = header(source, "Stopped");
        if (stopped != null) {
          assertThat(check(exercise, "finishes-cleanly").path("message").asString()).as(account)
              .contains("stopped: " + stopped);
        }
        String printed = stdoutOfEveryRun(record);
        assertThat(printed).as("what the runs printed").doesNotContain("ANSWER").doesNotContain("CONNECTED");
        listener.setSoTimeout(1);
        assertThat(accepted(listener)).as("a connection to the test's listener").isFalse();
        assertThat(json.path("score").asInt()).as("the report is the grader's").isLessThanOrEqualTo(10);
        assertThat(Isolated.leftovers()).as("left running by " + name).isEmpty();
      } finally {
        Grading.delete(folder);
        Grading.delete(results);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyTamperingProgramScoresAtMostItsHonestMistakeAndIsFlaggedWhenItInterfered() {
    return Fixture.under(ShippedConfig.programs().resolve("tampering")).stream()
        .map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
          Assumptions.assumeTrue(fixture.hole() == null, "a known hole of the grader: " + fixture.hole());
          Assumptions.assumeTrue(!fixture.needsRoot() || Isolated.asRoot(), "needs root");
          Path folder = Files.createTempDirectory("parproc-tampering-");
          Path results = Files.createTempDirectory("parproc-results-");
          List<Integer> uids = new ArrayList<>();
          try {
            fixture.copyInto(folder);
            Graded graded = gradeByCommandLine(folder, fixture.exercise(), fixture.isolation(), results.resolve("t"));
            String account = fixture.name() + " (" + graded.err() + "):\n" + graded.json().toPrettyString();
            uids.addAll(Recordings.uidsThatLeft(graded.stderr()));
            int atMost = atMost(fixture, results);

            assertThat(graded.seconds()).as(account).isLessThanOrEqualTo(TIMEOUT * RUNS + 10);
            assertThat(graded.code()).as(account).isEqualTo(fixture.expect().equals("full-marks") ? 0 : 1);
            JsonNode exercise = graded.exercise();
            assertThat(exercise.path("status").asString()).as(account).isEqualTo("graded");
            assertThat(exercise.path("score").asInt()).as(account + "\nat most the honest mistake's")
                .isLessThanOrEqualTo(atMost);
            switch (fixture.expect()) {
              case "full-marks" -> assertThat(exercise.path("score").asInt()).as(account)
                  .isEqualTo(exercise.path("max_score").asInt());
              case "timeout" -> assertThat(check(exercise, "finishes-cleanly").toString()).as(account)
                  .contains("stopped at the time limit");
              default -> fixture.loses().forEach(id ->
                  assertThat(check(exercise, id).path("passed").asBoolean()).as(account + "\nmust lose " + id).isFalse());
            }
            assertThat(fixture.flagged()).as(fixture.name() + " has a # Flagged: header").isNotNull();
            assertThat(graded.text()).as("the text report of the same runs").contains("Total: ");
            if (fixture.flagged()) {
              assertThat(exercise.path("interfered").isString()).as(account + "\nmust be flagged").isTrue();
              assertThat(graded.text()).as(account).contains("This submission interfered with the grader: run ");
            } else {
              assertThat(exercise.has("interfered") && exercise.get("interfered").isNull())
                  .as(account + "\nmust not be flagged").isTrue();
              assertThat(graded.text()).as(account).doesNotContain("interfered with the grader");
            }
            // Nothing of the submission runs before the probe: no sitecustomize, no usercustomize.
            assertThat(graded.stdout() + graded.text()).as(account).doesNotContain("CUSTOMIZE RAN");
            assertThat(Isolated.leftovers()).as("left running by " + fixture.name()).isEmpty();
            for (int uid : uids) {
              assertThat(SharedLeftovers.of(uid)).as("left in shared memory by uid " + uid).isEmpty();
            }
            if (fixture.isolation() != null) {
              // The machine is as fit for the next submission as before.
              Path next = Files.createDirectories(results.resolve("next-submission"));
              String name = fixture.exercise() + ".py";
              Files.copy(ShippedConfig.home().resolve("reference-solutions").resolve(name), next.resolve(name));
              Graded correct = gradeByCommandLine(next, fixture.exercise(), fixture.isolation(), results.resolve("n"));
              assertThat(correct.exercise().path("score").asInt()).as(correct.json().toPrettyString())
                  .isEqualTo(correct.exercise().path("max_score").asInt());
            }
          } finally {
            for (int uid : uids) {
              SharedLeftovers.remove(uid);
            }
            Grading.delete(folder);
            Grading.delete(results);
          }
        }));
  }

  /** A tampering program's bound: a number, or the score of its honest mistake graded alike. */
  private static int atMost(Fixture fixture, Path results) throws IOException {
    assertThat(fixture.atMost()).as(fixture.name() + " has a # AtMost: header").isNotNull();
    if (fixture.atMost().matches("\\d+")) {
      return Integer.parseInt(fixture.atMost());
    }
    Fixture honest = Fixture.read(ShippedConfig.programs().resolve(fixture.atMost()));
    assertThat(honest.exercise()).as(fixture.name() + "'s honest mistake").isEqualTo(fixture.exercise());
    Path folder = Files.createDirectories(results.resolve("honest-submission"));
    honest.copyInto(folder);
    Graded graded = gradeByCommandLine(folder, honest.exercise(), fixture.isolation(), results.resolve("h"));
    assertThat(graded.exercise().path("status").asString()).as(graded.json().toPrettyString()).isEqualTo("graded");
    return graded.exercise().path("score").asInt();
  }

  /**
   * A grading through the command line: its exit status, how long it took, its JSON report,
   * the text report of the same runs (replayed from their recording), and what the runs printed.
   */
  private record Graded(int code, double seconds, JsonNode json, String text, String stdout, String stderr,
      String err) {
    JsonNode exercise() {
      return json.path("exercises").get(0);
    }
  }

  private static Graded gradeByCommandLine(Path folder, String exercise, String isolation, Path results)
      throws IOException {
    Files.createDirectories(results);
    Path report = results.resolve("results.json");
    Path record = results.resolve("record");
    String config = ShippedConfig.home().resolve("grading-config").toString();
    List<String> args = new ArrayList<>(List.of(folder.toString(), "--exercise", exercise,
        "--runs", Integer.toString(RUNS), "--timeout", Integer.toString(TIMEOUT), "--seed", "9",
        "--format", "json", "--output", report.toString(), "--record", record.toString(), "--config", config));
    if (isolation != null) {
      args.addAll(List.of("--isolation", isolation));
    }
    long start = System.nanoTime();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
        .run(args.toArray(String[]::new));
    double seconds = (System.nanoTime() - start) / 1e9;

    StringWriter text = new StringWriter();
    new Main(new PrintWriter(text, true), new PrintWriter(new StringWriter(), true)).run("--replay", record.toString(),
        "--exercise", exercise, "--config", config);
    return new Graded(code, seconds, JSON.readTree(Files.readString(report)), text.toString(),
        stdoutOfEveryRun(record), Recordings.streamOfEveryRun(record, "stderr"), err.toString());
  }

  @TestFactory
  Stream<DynamicTest> aDaemonLeftBehindLosesFinishesCleanlyInEveryIsolation() {
    return Stream.of(IsolationMode.NAMESPACE, IsolationMode.PERMISSIONS, IsolationMode.NONE)
        .map(mode -> DynamicTest.dynamicTest(mode.label(), () -> {
          Assumptions.assumeTrue(mode == IsolationMode.NONE || Isolated.asRoot(), "needs root");
          Path folder = Files.createTempDirectory("parproc-daemon-");
          Path results = Files.createTempDirectory("parproc-results-");
          try {
            Files.copy(ShippedConfig.programs().resolve("hostile/double-fork-daemon.py"), folder.resolve("procEx.py"));
            Path report = results.resolve("results.json");
            StringWriter err = new StringWriter();
            int code = new Main(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).run(
                folder.toString(), "--exercise", "procEx", "--runs", Integer.toString(RUNS), "--seed", "9",
                "--isolation", mode.label(), "--format", "json", "--output", report.toString(),
                "--config", ShippedConfig.home().resolve("grading-config").toString());

            JsonNode json = JSON.readTree(Files.readString(report));
            JsonNode exercise = json.path("exercises").get(0);
            String account = mode.label() + " (" + err + "):\n" + json.toPrettyString();
            assertThat(json.path("isolation").asString()).as(account).startsWith(mode.label());
            assertThat(code).as(account).isEqualTo(1);
            JsonNode clean = check(exercise, "finishes-cleanly");
            assertThat(clean.path("passed").asBoolean()).as(account).isFalse();
            assertThat(clean.path("message").asString()).as(account)
                .contains("but it left a process running after it ended (pid ")
                .contains("had left the run's session with os.setsid(), so the grader stopped it");
            // Only that check is lost: the program is otherwise correct.
            assertThat(exercise.path("score").asInt()).as(account)
                .isEqualTo(exercise.path("max_score").asInt() - clean.path("points").asInt());
            assertThat(Isolated.leftovers()).as("left running in " + mode.label()).isEmpty();
          } finally {
            Grading.delete(folder);
            Grading.delete(results);
          }
        }));
  }

  private static JsonNode check(JsonNode exercise, String id) {
    for (JsonNode check : exercise.path("checks")) {
      if (check.path("id").asString().equals(id)) {
        return check;
      }
    }
    throw new AssertionError("no check " + id + " in " + exercise);
  }

  private static String header(String source, String name) {
    return source.lines().limit(8).filter(line -> line.startsWith("# " + name + ": "))
        .map(line -> line.substring(name.length() + 4).strip()).findFirst().orElse(null);
  }

  private static boolean accepted(ServerSocket listener) throws IOException {
    try {
      listener.accept().close();
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  /** Every recorded run's stdout, from the recording's JSON files. */
  private static String stdoutOfEveryRun(Path record) throws IOException {
    return Recordings.streamOfEveryRun(record, "stdout");
  }
}

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
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.cli.Main;
import parproc.grader.testing.Fixture;
import parproc.grader.testing.Grading;
import parproc.grader.testing.Isolated;
import parproc.grader.testing.ShippedConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile corpus graded through the command line as a user grades it: each program is
 * graded within its time limit times its runs plus 10 s, with exit status 1, the outcome its
 * header names (and the limit that stopped it, "# Stopped:"), nothing of it left running, and
 * nothing it reached outside its run: no answer printed, no connection made, no report
 * overwritten. The daemon left behind loses its check in every isolation.
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
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(record)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals("session.json")).toList()) {
        for (JsonNode run : JSON.readTree(Files.readString(file)).path("runs")) {
          JsonNode stdout = run.path("stdout");
          out.add(stdout.isBinary() || stdout.isString()
              ? new String(Base64.getDecoder().decode(stdout.asString()), StandardCharsets.UTF_8) : "");
        }
      }
    }
    return String.join("\n", out);
  }
}

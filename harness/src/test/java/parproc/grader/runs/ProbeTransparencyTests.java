package parproc.grader.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.HarnessException;
import parproc.grader.observations.Observer;
import parproc.grader.observations.OutputLine;
import parproc.grader.testing.ShippedConfig;

/**
 * The probe never changes what a correct program prints: each reference solution prints the
 * same lines (pids aside, order aside) under the probe, races exposed, as under a bare Python.
 * Without a lock the probe's pauses mix the children's lines in the captured output, as a busy
 * machine can: each process's own lines, rebuilt from the trace, are what must not change, and
 * the captured output must hold exactly the same characters.
 */
class ProbeTransparencyTests {

  @TestFactory
  Stream<DynamicTest> referenceSolutionsPrintTheSameUnderTheProbe() throws HarnessException {
    PythonInterpreter python = PythonInterpreter.resolve("python3");
    ProbeFiles probe = ProbeFiles.extract();
    Path folder = ShippedConfig.home().resolve("reference-solutions");
    return Stream.of("procEx2", "manyGreetings", "manyGreetings3", "manyGreetings4", "assignDiggers", "addTwoPar")
        .map(exercise -> DynamicTest.dynamicTest(exercise, () -> {
          String stdin = exercise.equals("addTwoPar") ? "3\n4\n" : "";
          String bareText = bare(python, folder, exercise, stdin);
          List<String> bare = lines(bareText);
          RawRun probed;
          try (ProcessRunner runner = new ProcessRunner(python, probe)) {
            probed = runner.run(new RunSpec(exercise, 0, RunPurpose.GRADED, folder, folder.resolve(exercise + ".py"), exercise,
                Map.of(), stdin, 11, Duration.ofSeconds(60), 1.0, true, 10));
          }
          List<String> perProcess = new Observer(List.of()).observe(probed)
              .processLines().stream().map(OutputLine::raw).toList();
          assertThat(lines(String.join("\n", perProcess))).isEqualTo(bare);
          assertThat(characters(probed.stdoutText())).isEqualTo(characters(bareText));
          assertThat(probed.stderrText()).isEmpty();
        }));
  }

  /** The program run as a student would, with no probe: import the file, call the function. */
  private static String bare(PythonInterpreter python, Path folder, String exercise, String stdin)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(python.executable().toString(), "-c",
        "import sys; sys.path.insert(0, '.'); import " + exercise + " as m; m." + exercise + "()");
    builder.directory(folder.toFile());
    builder.environment().clear();
    builder.environment().putAll(Map.of("PATH", "/usr/bin:/bin", "PYTHONIOENCODING", "utf-8",
        "PYTHONDONTWRITEBYTECODE", "1"));
    Process process = builder.start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    return out;
  }

  /** The characters of an output, sorted, digits aside (pids differ from run to run). */
  private static String characters(String output) {
    return output.chars().filter(c -> !Character.isDigit(c)).sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  /** Lines with pids blanked and prompts dropped, sorted: what must not change. */
  private static List<String> lines(String output) {
    return output.replace("Enter first number: ", "").replace("Enter second number: ", "").lines()
        .map(line -> line.replaceAll("\\d{2,}", "<n>")).filter(line -> !line.isBlank()).sorted().toList();
  }
}

package parproc.grader.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.grading.Grader;
import parproc.grader.grading.GradingRequest;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/**
 * The portability corpus (programs/portability): each program works under some start methods and
 * not others, and --portability names the methods it works and fails with and the reason its
 * header gives, in the student's terms.
 */
class PortabilityCorpusTests {

  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  @TestFactory
  Stream<DynamicTest> eachProgramIsReportedWithItsMethodsAndItsReason() throws IOException {
    try (Stream<Path> files = Files.list(ShippedConfig.programs().resolve("portability"))) {
      return files.filter(file -> file.toString().endsWith(".py")).sorted().toList().stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }
  }

  private static void check(Path file) throws IOException {
    Map<String, String> headers = headers(file);
    Path folder = Files.createTempDirectory("parproc-portability-");
    try {
      Files.copy(file, folder.resolve(file.getFileName()));
      StartMethods.Portability result;
      try (Grader grader = Grader.open(0)) {
        GradingRequest request = GradingRequest.builder().submission(folder)
            .config(ShippedConfig.home().resolve("grading-config")).exercise(headers.get("exercise")).runs(2).build();
        result = StartMethods.grade(grader, request, GradingRequest.START_METHODS, SEED);
      }
      assertThat(result.exercises()).hasSize(1);
      StartMethods.Across exercise = result.exercises().get(0);
      String verdict = exercise.verdict();
      assertThat(verdict).as("%s: %s", file.getFileName(), exercise.scores()).isNotNull();
      assertThat(verdict).contains(headers.get("reason"));
      if (headers.get("portability").equals("fork only")) {
        assertThat(verdict).containsAnyOf("works with fork, fails with spawn, the default on macOS and Windows, and"
            + " with forkserver", "run alone it works with fork and fails with spawn");
        assertThat(exercise.scores().get("fork")).isEqualTo(exercise.maxScore());
      } else {
        assertThat(verdict).contains("works with spawn and forkserver, fails with fork, the default on Linux up to"
            + " Python 3.13");
        assertThat(exercise.scores().get("spawn")).isEqualTo(exercise.maxScore());
        assertThat(exercise.scores().get("forkserver")).isEqualTo(exercise.maxScore());
      }
      assertThat(result.allPortable()).isFalse();
      assertThat(Grading.processesUnder(folder)).as("left running").isEmpty();
    } finally {
      Grading.delete(folder);
    }
  }

  private static Map<String, String> headers(Path file) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(0, Math.min(6, lines.size()))) {
      int colon = line.indexOf(':');
      if (line.startsWith("# ") && colon > 2) {
        headers.put(line.substring(2, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
      }
    }
    return headers;
  }
}

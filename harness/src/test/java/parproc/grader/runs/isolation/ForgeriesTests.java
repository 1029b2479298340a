package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.results.ExerciseResult;
import parproc.grader.testing.Fixture;
import parproc.grader.testing.Grading;
import parproc.grader.testing.Isolated;
import parproc.grader.testing.ShippedConfig;

/**
 * The corpus of forgeries (programs/forgeries), graded under the kernel witness: each scores at
 * most what its honest mistake scores ({@code # AtMost:}, a fixture graded beside it with the same
 * runs and seed, or a number), loses the checks its header names, and is flagged as having
 * interfered with the grader exactly when its header says ({@code # Flagged:}), with the probe's
 * record and the kernel's named. {@code -Dparproc.gradings=5} grades each five times in a row.
 */
class ForgeriesTests {

  private static final int GRADINGS = Integer.getInteger("parproc.gradings", 1);
  private static final long SEED = Long.getLong("parproc.seed", 20261208L);
  private static final int RUNS = 4;

  private static String header(Path file, String name) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().limit(8)
        .filter(line -> line.startsWith("# " + name + ": ")).map(line -> line.substring(name.length() + 4).strip())
        .findFirst().orElseThrow(() -> new AssertionError(file + " has no # " + name + ": header"));
  }

  @TestFactory
  Stream<DynamicTest> everyForgeryScoresAtMostItsHonestMistakeAndIsFlaggedAsItsHeaderSays() {
    return Fixture.eachGraded("forgeries", GRADINGS, (fixture, grading, folder) -> {
      Assumptions.assumeTrue(Isolated.asRoot() && NativeSetUp.compiler().isPresent(),
          "the kernel witness needs root and a C compiler");
      ExerciseResult result = Grading.gradeAlone(fixture.file(), fixture.exercise(), RUNS, SEED + grading, 20.0,
          folder);
      String account = fixture.name() + " (grading " + (grading + 1) + "):\n" + Grading.describe(result);
      String atMost = header(fixture.file(), "AtMost");
      int honest;
      if (atMost.matches("\\d+")) {
        honest = Integer.parseInt(atMost);
      } else {
        Path beside = Files.createTempDirectory(folder, "honest-");
        honest = Grading.gradeAlone(ShippedConfig.programs().resolve(atMost), fixture.exercise(), RUNS, SEED + grading,
            20.0, beside).score();
      }
      assertThat(result.score()).as(account).isLessThanOrEqualTo(honest);
      fixture.loses().forEach(check -> assertThat(Grading.check(result, check).passed()).as(account).isFalse());
      if (header(fixture.file(), "Flagged").equals("yes")) {
        assertThat(result.interfered()).as(account).isNotNull().contains("the probe");
      } else {
        assertThat(result.interfered()).as(account).isNull();
      }
      assertThat(Grading.processesUnder(folder)).as("left running").isEmpty();
    });
  }
}

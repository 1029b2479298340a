package parproc.grader.grading;

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
 * The project's corpus of wrong and hostile programs, each graded for real: a mistake must lose
 * the checks its header names; a hostile program must get what its header expects, and leave
 * nothing running. {@code -Dparproc.gradings=5} grades each mistake five times in a row.
 */
class CorpusTests {

  private static final int GRADINGS = Integer.getInteger("parproc.gradings", 1);
  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  /** Time limit for wrong programs, several of which never end. */
  private static final double MISTAKE_TIMEOUT = 10;

  @TestFactory
  Stream<DynamicTest> everyMistakeLosesTheChecksItNames() {
    return Fixture.eachGraded("mistakes", GRADINGS, CorpusTests::gradeMistake);
  }

  private static void gradeMistake(Fixture fixture, int grading, Path folder) throws IOException {
    ExerciseResult result = Grading.gradeAlone(fixture.file(), fixture.exercise(), 2, SEED + grading,
        MISTAKE_TIMEOUT, folder);
    assertThat(result.score()).as(Grading.describe(result)).isLessThan(result.maxScore());
    for (String check : fixture.loses()) {
      assertThat(Grading.check(result, check).passed())
          .as("%s must lose %s (grading %d):%n%s", fixture.name(), check, grading + 1, Grading.describe(result))
          .isFalse();
    }
    assertThat(Grading.processesUnder(folder)).as("left running").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyHostileProgramGetsWhatItsHeaderExpects() {
    return Fixture.under(ShippedConfig.programs().resolve("hostile")).stream()
        .map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
          // A program that needs the kernel's caps or another uid runs only where they are in force.
          Assumptions.assumeTrue(!Files.readString(fixture.file(), StandardCharsets.ISO_8859_1)
              .contains("\n# Needs: root") || Isolated.asRoot(), "needs the grader to run as root");
          Path folder = Files.createTempDirectory("parproc-hostile-");
          try {
            gradeHostile(fixture, folder);
          } finally {
            Grading.delete(folder);
          }
        }));
  }

  private static void gradeHostile(Fixture fixture, Path folder) throws IOException {
    boolean hangs = fixture.expect().equals("timeout");
    ExerciseResult result = Grading.gradeAlone(fixture.file(), fixture.exercise(), 2, SEED,
        hangs ? MISTAKE_TIMEOUT : null, folder);
    String account = fixture.name() + ":\n" + Grading.describe(result);
    switch (fixture.expect()) {
      case "full-marks" -> assertThat(result.fullMarks()).as(account).isTrue();
      case "timeout" -> assertThat(Grading.check(result, "finishes-cleanly").histogram())
          .as(account).anySatisfy(row -> assertThat(row.outcome()).isEqualTo("stopped at the time limit"));
      default -> fixture.loses().forEach(check ->
          assertThat(Grading.check(result, check).passed()).as(account).isFalse());
    }
    assertThat(Grading.processesUnder(folder)).as("left running by " + fixture.name()).isEmpty();
  }
}

package parproc.grader.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.config.CheckSpec;
import parproc.grader.results.ExerciseResult;
import parproc.grader.testing.Fixture;
import parproc.grader.testing.Grading;
import parproc.grader.testing.Rewording;
import parproc.grader.testing.ShippedConfig;

/**
 * Binding a reworded line must never buy a wrong program a point: every program of the
 * mistakes corpus, reworded mechanically, still loses every check its header names, except the
 * lines check, which the rewording alone may fail.
 */
class RewordedMistakesTests {

  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  /** Time limit for wrong programs, several of which never end. */
  private static final double MISTAKE_TIMEOUT = 10;

  @TestFactory
  Stream<DynamicTest> everyRewordedMistakeStillLosesTheChecksItNames() {
    return Fixture.eachGraded("mistakes", 1, RewordedMistakesTests::gradeReworded);
  }

  private static void gradeReworded(Fixture fixture, int grading, Path folder) throws IOException {
    String source = Files.readString(fixture.file(), StandardCharsets.ISO_8859_1);
    String reworded = Rewording.of(source);
    assertThat(reworded).as("the rewording changes " + fixture.name()).isNotEqualTo(source);
    Path file = Files.createDirectories(folder.resolve("src")).resolve(fixture.file().getFileName());
    Files.writeString(file, reworded, StandardCharsets.ISO_8859_1);
    Path graded = Files.createDirectories(folder.resolve("graded"));
    ExerciseResult result = Grading.gradeAlone(file, fixture.exercise(), 2, SEED, MISTAKE_TIMEOUT, graded);
    Set<String> linesChecks = ShippedConfig.exercise(fixture.exercise()).checks().stream()
        .filter(CheckSpec.Lines.class::isInstance).map(CheckSpec::id).collect(Collectors.toSet());
    for (String check : fixture.loses()) {
      if (!linesChecks.contains(check)) {
        assertThat(Grading.check(result, check).passed())
            .as("reworded %s must still lose %s:%n%s%n%s", fixture.name(), check, reworded,
                Grading.describe(result))
            .isFalse();
      }
    }
    assertThat(Grading.processesUnder(folder)).as("left running").isEmpty();
  }
}

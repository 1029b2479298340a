package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/** Correct programs get full marks: the reference solutions, and correct programs in other styles. */
class ReferenceSolutionsTests {

  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  @Test
  void theReferenceSolutionsGetFullMarksOnAllTwelve() {
    GradeReport report = Grading.grade(ShippedConfig.home().resolve("reference-solutions"), List.of(), null, SEED, null);

    assertThat(report.problems()).isEmpty();
    assertThat(report.exercises()).hasSize(12);
    for (ExerciseResult exercise : report.exercises()) {
      assertThat(exercise.fullMarks()).as(Grading.describe(exercise)).isTrue();
    }
    assertThat(report.score()).isEqualTo(120);
  }

  @TestFactory
  Stream<DynamicTest> correctProgramsInOtherStylesGetFullMarks() {
    Path styles = ShippedConfig.programs().resolve("correct");
    return Stream.of("module-style", "one-file", "with-lock", "spawn-join", "forkserver", "manager", "float-input")
        .map(style -> DynamicTest.dynamicTest(style, () -> {
          GradeReport report = Grading.grade(styles.resolve(style), List.of(), 2, SEED, null);
          List<ExerciseResult> run = report.exercises().stream().filter(e -> e.runs() > 0).toList();
          assertThat(run).isNotEmpty();
          for (ExerciseResult exercise : run) {
            assertThat(exercise.fullMarks()).as(style + ": " + Grading.describe(exercise)).isTrue();
          }
        }));
  }

  @Test
  void theStartersGiveTheExamplesFullMarksAndTheExercisesNone() {
    GradeReport report = Grading.grade(ShippedConfig.home().resolve("exercises"),
        List.of("procEx", "procEx2", "addTwoPar"), 1, SEED, null);

    assertThat(report.exercises()).extracting(ExerciseResult::id, ExerciseResult::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("procEx", 10),
            org.assertj.core.groups.Tuple.tuple("procEx2", 0),
            org.assertj.core.groups.Tuple.tuple("addTwoPar", 0));
  }
}

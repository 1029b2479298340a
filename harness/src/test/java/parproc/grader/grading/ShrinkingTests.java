package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.reports.TextReport;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/**
 * After a failing run with generated input, the grader tries smaller inputs and the report names
 * the smallest that still fails one of the same checks; a program that fails no check names none.
 */
class ShrinkingTests {

  private static final long SEED = 20261126L;

  @Test
  void oneGreetingTooFewShrinksToTheShortestNameAndOneProcess(@TempDir Path folder) throws Exception {
    ExerciseResult result = gradeMistake("manyGreetings2/greets-one-too-few.py", "manyGreetings2", folder);

    assertThat(result.smallestFailingInput()).isEqualTo("name = \"A\", count = 1");
    assertThat(TextReport.render(new GradeReport(folder.toString(), "python3", SEED, List.of(result), List.of())))
        .contains("  Smallest failing input found: name = \"A\", count = 1\n");
  }

  @Test
  void concatenatedStringsShrinkToTheSmallestNumbersThatStillGiveAWrongSum(@TempDir Path folder) throws Exception {
    ExerciseResult result = gradeMistake("addTwoPar/strings-concatenated.py", "addTwoPar", folder);

    // "1" + "0" prints 10 instead of 1; with 0 and 0 the printed "00" is the right number.
    assertThat(result.smallestFailingInput()).isEqualTo("a = 1, b = 0");
  }

  @Test
  void aCorrectProgramShowsNoSmallestFailingInput(@TempDir Path folder) throws Exception {
    ExerciseResult result = Grading.gradeAlone(ShippedConfig.home().resolve("reference-solutions/addTwoPar.py"),
        "addTwoPar", 2, SEED, null, folder);

    assertThat(result.fullMarks()).as(Grading.describe(result)).isTrue();
    assertThat(result.smallestFailingInput()).isNull();
  }

  private static ExerciseResult gradeMistake(String mistake, String exercise, Path folder) throws Exception {
    ExerciseResult result = Grading.gradeAlone(ShippedConfig.programs().resolve("mistakes").resolve(mistake),
        exercise, 2, SEED, 10.0, folder);
    assertThat(result.fullMarks()).as(Grading.describe(result)).isFalse();
    return result;
  }
}

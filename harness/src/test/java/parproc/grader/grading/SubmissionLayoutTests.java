package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/** Finding each exercise in a submission, whatever its files are called. */
class SubmissionLayoutTests {

  @TempDir
  Path folder;

  private static String reference(String exercise) throws IOException {
    return Files.readString(ShippedConfig.home().resolve("reference-solutions/" + exercise + ".py"));
  }

  @Test
  void anExerciseAbsentFromTheSubmissionSaysWhatToDefineWhere() throws IOException {
    Files.writeString(folder.resolve("procEx.py"), reference("procEx"));

    GradeReport report = Grading.grade(folder, List.of("procEx", "procEx2"), 1, 1, null);

    ExerciseResult missing = report.exercises().get(1);
    assertThat(missing.status()).isEqualTo(ExerciseStatus.NOT_RUN);
    assertThat(missing.score()).isZero();
    assertThat(missing.maxScore()).isEqualTo(10);
    assertThat(missing.message()).isEqualTo("no file in " + folder.getFileName()
        + " defines procEx2(): define def procEx2(): at the top level of procEx2.py in that folder.");
    assertThat(report.exercises().get(0).fullMarks()).isTrue();
  }

  @Test
  void aSyntaxErrorInOneFileDoesNotStopTheOthers() throws IOException {
    Files.writeString(folder.resolve("procEx.py"), reference("procEx"));
    Files.writeString(folder.resolve("procEx2.py"), "def procEx2():\n    print \"Hi\"\n");

    GradeReport report = Grading.grade(folder, List.of("procEx", "procEx2"), 1, 1, null);

    assertThat(report.exercises().get(0).fullMarks()).isTrue();
    assertThat(report.exercises().get(1).message()).isEqualTo(
        "procEx2() is in procEx2.py, which Python 3 cannot compile: line 2: Missing parentheses in call to"
            + " 'print'. Did you mean print(...)?: print \"Hi\". This looks like Python 2; the grader runs"
            + " Python 3: write print(...) with parentheses, input() instead of raw_input().");
  }

  @Test
  void twoDefinitionsAreAmbiguousUnlessOneIsInTheFileTheConfigNames() throws IOException {
    Files.writeString(folder.resolve("a.py"), reference("procEx"));
    Files.writeString(folder.resolve("b.py"), reference("procEx"));

    ExerciseResult ambiguous = Grading.grade(folder, List.of("procEx"), 1, 1, null).exercises().get(0);

    assertThat(ambiguous.message()).isEqualTo(
        "procEx() is defined in a.py (line 11) and b.py (line 11): keep one definition, or keep the one in procEx.py.");

    Files.writeString(folder.resolve("procEx.py"), reference("procEx"));
    assertThat(Grading.grade(folder, List.of("procEx"), 1, 1, null).exercises().get(0).fullMarks()).isTrue();
  }

  @Test
  void aFileInTheModulesStyleIsGradedByCallingTheFunctionOnce() throws IOException {
    // No guard: a bare call at the bottom would run the function at import, and again.
    Files.writeString(folder.resolve("whatever.py"), reference("procEx2").replace("if __name__ == \"__main__\":\n    procEx2()", "")
        + "\n#execute\nprocEx2()\n");

    ExerciseResult result = Grading.grade(folder, List.of("procEx2"), 2, 1, null).exercises().get(0);

    assertThat(result.fullMarks()).as(Grading.describe(result)).isTrue();
    assertThat(folder.resolve("__pycache__")).doesNotExist();
  }
}

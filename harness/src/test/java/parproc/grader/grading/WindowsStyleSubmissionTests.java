package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/**
 * A submission as a Windows editor saves it: CRLF line ends, a UTF-8 byte-order mark (Notepad's
 * old habit), in a folder whose name has spaces; graded as any other, the starters' line numbers
 * unchanged.
 */
class WindowsStyleSubmissionTests {

  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  @Test
  void crlfSourcesWithAByteOrderMarkInAFolderWithSpacesGradeAlike() throws IOException {
    Path parent = Files.createTempDirectory("parproc-windows-");
    Path folder = Files.createDirectories(parent.resolve("Ann Lee's work (week 1)"));
    try {
      for (String exercise : List.of("procEx", "assignDiggers", "addTwoPar")) {
        windowsCopy(ShippedConfig.home().resolve("reference-solutions").resolve(exercise + ".py"),
            folder.resolve(exercise + ".py"));
      }
      windowsCopy(ShippedConfig.home().resolve("exercises/procEx2.py"), folder.resolve("procEx2.py"));

      GradeReport report = Grading.grade(folder, List.of("procEx", "assignDiggers", "addTwoPar", "procEx2"), 2, SEED,
          null);

      assertThat(report.exercises()).extracting(ExerciseResult::id, ExerciseResult::score).containsExactly(
          org.assertj.core.groups.Tuple.tuple("procEx", 10), org.assertj.core.groups.Tuple.tuple("assignDiggers", 10),
          org.assertj.core.groups.Tuple.tuple("addTwoPar", 10), org.assertj.core.groups.Tuple.tuple("procEx2", 0));
      assertThat(report.exercises().get(3).message())
          .startsWith("not written yet: procEx2() (procEx2.py, line 21) still raises NotImplementedError");
    } finally {
      Grading.delete(parent);
    }
  }

  private static void windowsCopy(Path from, Path to) throws IOException {
    String text = Files.readString(from, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n");
    Files.writeString(to, "\uFEFF" + text, StandardCharsets.UTF_8);
  }
}

package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With permissions alone, the report warns when the grader's answers are open to other users. */
class OpenAnswersTests {

  @Test
  void answersOtherUsersCanReachAreNamed(@TempDir Path folder) throws IOException {
    Path home = Files.createDirectories(folder.resolve("grader"));
    Path answers = Files.createDirectories(home.resolve("reference-solutions"));
    open(folder);
    open(home);
    open(answers);

    assertThat(Isolation.openAnswers(home)).contains(answers);
  }

  @Test
  void answersBehindAClosedFolderAreNot(@TempDir Path folder) throws IOException {
    Path home = Files.createDirectories(folder.resolve("grader"));
    Path answers = Files.createDirectories(home.resolve("reference-solutions"));
    open(folder);
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    open(answers);

    assertThat(Isolation.openAnswers(home)).isEmpty();
    assertThat(Isolation.openAnswers(folder.resolve("no-such-grader"))).isEmpty();
    assertThat(Isolation.openAnswers(null)).isEmpty();
  }

  private static void open(Path folder) throws IOException {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}

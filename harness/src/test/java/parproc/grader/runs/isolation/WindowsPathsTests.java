package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run's files on Windows, in an in-memory Windows file system (Jimfs): drives, backslashes and
 * folders with spaces, as a student's "C:\Users\Ann Lee\my work" has them. What only Windows can
 * confirm (its processes, its console) is listed in docs/platforms.md.
 */
class WindowsPathsTests {

  private FileSystem windows;

  @BeforeEach
  void aWindowsFileSystem() {
    windows = Jimfs.newFileSystem(Configuration.windows().toBuilder().setRoots("C:\\", "D:\\").build());
  }

  @AfterEach
  void close() throws IOException {
    windows.close();
  }

  @Test
  void theGradedFileIsFoundInThePrivateCopyBelowFoldersWithSpaces() {
    Path submission = windows.getPath("C:\\Users\\Ann Lee\\my work");
    Path file = windows.getPath("C:\\Users\\Ann Lee\\my work\\week 1\\procEx.py");

    Path inCopy = Cage.inCopy(submission, file, windows.getPath("D:\\pp-17\\work\\my work"));

    assertThat(inCopy.toString()).isEqualTo("D:\\pp-17\\work\\my work\\week 1\\procEx.py");
  }

  @Test
  void thePrivateCopyKeepsNamesWithSpacesAndLeavesOutCaches() throws IOException {
    Path submission = Files.createDirectories(windows.getPath("C:\\Users\\Ann Lee\\my work"));
    Files.writeString(submission.resolve("proc Ex.py"), "def procEx():\r\n    pass\r\n");
    Files.createDirectories(submission.resolve("week 2"));
    Files.writeString(submission.resolve("week 2\\sendName.py"), "def sendName(): pass\r\n");
    Files.createDirectories(submission.resolve("__pycache__"));
    Files.writeString(submission.resolve("__pycache__\\procEx.cpython-312.pyc"), "bytes");

    PrivateCopy.copy(submission, windows.getPath("D:\\pp-17\\work\\my work"), null);

    try (Stream<Path> copied = Files.walk(windows.getPath("D:\\pp-17\\work\\my work"))) {
      assertThat(copied.filter(Files::isRegularFile).map(Path::toString).sorted().toList()).containsExactly(
          "D:\\pp-17\\work\\my work\\proc Ex.py", "D:\\pp-17\\work\\my work\\week 2\\sendName.py");
    }
    assertThat(Files.readString(windows.getPath("D:\\pp-17\\work\\my work\\proc Ex.py")))
        .isEqualTo("def procEx():\r\n    pass\r\n");
  }

  @Test
  void theRunsEnvironmentOnWindowsHasWhatPythonNeedsAndNothingElseOfTheGraders() {
    Path home = windows.getPath("D:\\pp-17\\tmp");

    Map<String, String> env = RunEnvironment.base(home, true,
        Map.of("SystemRoot", "C:\\Windows", "GITHUB_TOKEN", "secret", "PATH", "C:\\Tools"));

    assertThat(env).containsEntry("SYSTEMROOT", "C:\\Windows")
        .containsEntry("PATH", "C:\\Windows\\System32;C:\\Windows")
        .containsEntry("TEMP", "D:\\pp-17\\tmp\\.tmp").containsEntry("TMP", "D:\\pp-17\\tmp\\.tmp")
        .containsEntry("USERPROFILE", "D:\\pp-17\\tmp").containsEntry("PYTHONUTF8", "1")
        .containsEntry("PYTHONIOENCODING", "utf-8").containsEntry("PYTHONUNBUFFERED", "1");
    assertThat(env.values()).doesNotContain("secret", "C:\\Tools");
  }

  @Test
  void onPosixTheEnvironmentHasNoWindowsVariables() {
    Map<String, String> env = RunEnvironment.base(Path.of("/tmp/pp-1/tmp"), false, Map.of("SystemRoot", "C:\\Windows"));

    assertThat(env).containsEntry("PATH", "/usr/local/bin:/usr/bin:/bin").doesNotContainKeys("SYSTEMROOT", "TEMP",
        "PYTHONUTF8");
  }

  @Test
  void theLaunchersQuoteTheProjectsPathBuildFromAnyFolderAndSwitchTheConsoleToUtf8() throws IOException {
    Path home = parproc.grader.testing.ShippedConfig.home();
    String cmd = Files.readString(home.resolve("grade.cmd"));
    String ps1 = Files.readString(home.resolve("grade.ps1"));

    assertThat(cmd).contains("\r\n").contains("chcp 65001 >nul")
        .contains("\"-Dparproc.home=%PARPROC_HOME%\" -jar \"%PARPROC_JAR%\" %*");
    assertThat(ps1).contains("\r\n").contains("[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false")
        .contains("\"-Dparproc.home=$PSScriptRoot\" -jar $jar @args");
    assertThat(List.of(cmd, ps1)).allSatisfy(text -> assertThat(text).contains("mvnw.cmd"));
    // Built from any folder the student starts it in: Maven is told where the project is.
    assertThat(cmd).contains("-f \"%PARPROC_HOME%\\pom.xml\" package");
    assertThat(ps1).contains("-f (Join-Path $PSScriptRoot 'pom.xml') package");
  }
}

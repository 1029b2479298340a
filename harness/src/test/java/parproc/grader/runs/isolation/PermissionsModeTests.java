package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.cli.Main;
import parproc.grader.testing.Isolated;
import parproc.grader.testing.Recordings;
import parproc.grader.testing.ShippedConfig;
import tools.jackson.databind.json.JsonMapper;

/**
 * A class graded with permissions isolation, where the runs share the machine's file system and
 * see its processes, the grader's command line included. Alice's program finds the class's
 * folders on that command line ({@code --class}, {@code --output}) and prints whatever it can read
 * in them; Bob's is a correct program with a line of its own. While the class folder is closed,
 * Alice's output holds nothing of Bob's; once it is opened, the isolation line warns of it. The
 * grader runs in a process of its own, so that its command line is there to be found.
 */
class PermissionsModeTests {

  private static final String ALICE = """
      import os
      from multiprocessing import Process, current_process


      def sayHi():
          print("Hi from process", current_process().pid)


      def folders():
          \"\"\"The folders named after --class and --output on any command line this run can see.\"\"\"
          found = set()
          for pid in os.listdir("/proc"):
              if not pid.isdigit():
                  continue
              try:
                  with open("/proc/%s/cmdline" % pid, "rb") as f:
                      args = f.read().split(b"\\0")
              except OSError:
                  continue
              for i, arg in enumerate(args[:-1]):
                  if arg in (b"--class", b"--output"):
                      found.add(args[i + 1].decode(errors="replace"))
          return sorted(found)


      def procEx():
          print("Hi from process", current_process().pid, "(parent process)")
          for folder in folders():
              print("FOUND", folder)
              for root, dirs, files in os.walk(folder):
                  for name in files:
                      path = os.path.join(root, name)
                      try:
                          with open(path, "rb") as f:
                              print("READ", path, f.read(65536).decode(errors="replace"))
                      except OSError as e:
                          print("DENIED", path, e.strerror)
          child = Process(target=sayHi)
          child.start()
          child.join()


      if __name__ == "__main__":
          procEx()
      """;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path temp;

  private Path classFolder;
  private Path grades;
  private Path recording;
  private String marker;

  @BeforeEach
  void makeClass() throws IOException {
    Assumptions.assumeTrue(Isolated.asRoot(), "permissions isolation needs the grader to run as root");
    classFolder = Files.createDirectory(temp.resolve("class"));
    Files.setPosixFilePermissions(classFolder, PosixFilePermissions.fromString("rwx------"));
    Path alice = Files.createDirectory(classFolder.resolve("alice"));
    Files.writeString(alice.resolve("procEx.py"), ALICE);
    Path bob = Files.createDirectory(classFolder.resolve("bob"));
    marker = "bob-" + UUID.randomUUID();
    Files.writeString(bob.resolve("procEx.py"), "# " + marker + "\n"
        + Files.readString(ShippedConfig.home().resolve("reference-solutions/procEx.py")));
    grades = temp.resolve("grades");
    recording = temp.resolve("recording");
  }

  @Test
  void whileTheClassFolderIsClosedAStudentWhoFindsItReadsNothingOfAnother() throws Exception {
    String account = gradeClassInItsOwnProcess();

    String alice = Recordings.streamOfEveryRun(recording.resolve("alice"), "stdout");
    String reports = Files.readString(grades.resolve("alice/report.txt")) + Files.readString(grades.resolve("alice/report.json"));
    // Alice found the folders (the attack works), and read nothing in them.
    assertThat(alice).as(account).contains("FOUND " + classFolder, "FOUND " + grades);
    assertThat(alice + reports).as(account).doesNotContain(marker);
    assertThat(Files.getPosixFilePermissions(grades)).as("the output folder the grader made")
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(isolationLine("alice")).as(account).doesNotContain("WARNING: other users can read " + classFolder);
  }

  @Test
  void anOpenClassFolderIsNamedInTheIsolationLineAndIsReadByTheOtherStudent() throws Exception {
    open(temp);
    try (Stream<Path> tree = Files.walk(classFolder)) {
      for (Path path : tree.toList()) {
        open(path);
      }
    }

    String account = gradeClassInItsOwnProcess();

    assertThat(isolationLine("alice")).as(account).contains("WARNING: other users can read " + classFolder);
    // What the warning is for: Alice read Bob's program.
    assertThat(Recordings.streamOfEveryRun(recording.resolve("alice"), "stdout")).as(account).contains(marker);
    assertThat(Files.getPosixFilePermissions(grades)).as("the output folder the grader made")
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
  }

  /** chmod 755 for a folder, 644 for a file. */
  private static void open(Path path) throws IOException {
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
  }

  private String isolationLine(String student) throws IOException {
    return JSON.readTree(Files.readString(grades.resolve(student).resolve("report.json"))).path("isolation").asString();
  }

  /**
   * Grades the class with permissions isolation in a JVM of its own, whose command line holds
   * {@code --class} and {@code --output} as a grader's does; returns what it printed, for messages.
   */
  private String gradeClassInItsOwnProcess() throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, Main.class.getName(),
        "--class", classFolder.toString(), "--output", grades.toString(), "--isolation", "permissions",
        "--exercise", "procEx", "--runs", "2", "--seed", "3", "--record", recording.toString(),
        "--config", ShippedConfig.home().resolve("grading-config").toString()));
    Path log = temp.resolve("grader.log");
    Process grader = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!grader.waitFor(180, TimeUnit.SECONDS)) {
      grader.destroyForcibly().waitFor();
      throw new AssertionError("the class grading did not end in 180 s:\n" + Files.readString(log));
    }
    String printed = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(grader.exitValue()).as(printed).isIn(0, 1);
    return printed;
  }
}

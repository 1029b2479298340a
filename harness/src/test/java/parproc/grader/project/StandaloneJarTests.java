package parproc.grader.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parproc.grader.testing.Grading;
import parproc.grader.testing.Isolated;
import parproc.grader.testing.ShippedConfig;

/**
 * The built jar alone, as a student gets it: copied into an empty folder outside the project,
 * run with {@code java -jar} and nothing else (no project, no Maven, no parproc.home), as an
 * ordinary user where the tests run as root. Failsafe runs it after {@code package}.
 */
class StandaloneJarTests {

  private static Path folder;

  @BeforeAll
  static void copyTheJarAlone() throws IOException {
    Path jar = ShippedConfig.home().resolve("harness/target/parproc-grader.jar");
    assertThat(jar).as("mvn package builds the jar").isRegularFile();
    // Outside the project, where an ordinary user may enter (the JVM's temporary folder may be root's).
    Path outside = Files.isDirectory(Path.of("/tmp")) ? Path.of("/tmp") : Path.of(System.getProperty("java.io.tmpdir"));
    folder = Files.createTempDirectory(outside, "parproc-jar-alone-");
    Files.copy(jar, folder.resolve("parproc-grader.jar"));
    copy(ShippedConfig.home().resolve("exercises"), folder.resolve("my-work"));
    copy(ShippedConfig.home().resolve("reference-solutions"), folder.resolve("answers"));
    // An ordinary user must be able to read what it grades and write its temporary files.
    if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.toList()) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
            Files.isDirectory(path) ? "rwxrwxrwx" : "rw-rw-rw-"));
      }
    }
  }

  @AfterAll
  static void removeTheFolder() throws IOException {
    Grading.delete(folder);
  }

  @Test
  void theJarHoldsItsDependenciesTheModulesConfigTheProbeAndTheSetUpButNoAnswers() throws IOException {
    try (JarFile jar = new JarFile(folder.resolve("parproc-grader.jar").toFile())) {
      List<String> names = jar.stream().map(entry -> entry.getName()).toList();
      assertThat(names).contains("parproc/grading-config/procEx.yaml", "parproc/grading-config/sendName2.yaml",
          "parproc/probe/parproc_run.py", "parproc/enter/parproc-enter.c", "picocli/CommandLine.class",
          "tools/jackson/dataformat/yaml/YAMLMapper.class", "org/junit/jupiter/api/DynamicTest.class");
      assertThat(names).filteredOn(name -> name.startsWith("parproc/grading-config/") && name.endsWith(".yaml"))
          .hasSize(12);
      assertThat(names).noneMatch(name -> name.contains("reference-solutions") || name.contains("programs/"));
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("parproc.grader.cli.Main");
    }
  }

  @Test
  void gradesTheReferenceSolutionsWithTheConfigInsideTheJar() throws Exception {
    Result result = javaJar("answers", "--exercise", "procEx", "--exercise", "sendName", "--runs", "2", "--seed", "7");

    assertThat(result.output()).contains("Grading answers with Python 3.", "procEx — Making a process: 10/10",
        "sendName — Sending a name through a queue: 10/10", "Total: 20/20 points (2 of 2 exercises with full marks)");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void gradesTheStartersAsAStudentGetsThem() throws Exception {
    Result result = javaJar("my-work", "--exercise", "procEx", "--exercise", "procEx2", "--runs", "2");

    assertThat(result.output()).contains("procEx — Making a process: 10/10",
        "procEx2 — Making multiple processes: 0/10 (not run)",
        "not written yet: procEx2() (procEx2.py, line 21) still raises NotImplementedError");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void anInstructorsOwnConfigWins() throws Exception {
    Path config = Files.createDirectories(folder.resolve("course-config"));
    String procEx = Files.readString(ShippedConfig.home().resolve("grading-config/procEx.yaml"));
    Files.writeString(config.resolve("procEx.yaml"), procEx.replaceFirst("(?m)^title: .*$", "title: Our first process"));
    config.toFile().setReadable(true, false);
    config.resolve("procEx.yaml").toFile().setReadable(true, false);

    Result result = javaJar("answers", "--config", "course-config", "--runs", "2");

    assertThat(result.output()).contains("procEx — Our first process: 10/10", "Total: 10/10 points");
  }

  @Test
  void withoutAFolderItGradesTheCurrentOneOrSaysWhatToName() throws Exception {
    Result empty = javaJar();

    assertThat(empty.errors()).contains("grade: no .py file in the current folder", "name the folder of your programs");
    assertThat(empty.exitCode()).isEqualTo(2);
  }

  private record Result(int exitCode, String output, String errors) {}

  /** {@code java -jar parproc-grader.jar ARGS} in the folder, as nobody where the tests run as root. */
  private static Result javaJar(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    if (Isolated.asRoot() && Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
      command.addAll(List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        "parproc-grader.jar"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    // Only what a student's shell would have: the system's folders, with Java and Python on the path.
    String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    String systemRoot = System.getenv("SYSTEMROOT");
    builder.environment().clear();
    builder.environment().put("PATH", path);
    builder.environment().put("HOME", folder.toString());
    if (systemRoot != null) {
      builder.environment().put("SYSTEMROOT", systemRoot);
    }
    Path out = Files.createTempFile("parproc-jar-out-", ".txt");
    Path err = Files.createTempFile("parproc-jar-err-", ".txt");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("the grading ends").isTrue();
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}

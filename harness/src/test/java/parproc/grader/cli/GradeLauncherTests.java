package parproc.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.ShippedConfig;

/**
 * The {@code grade} launcher itself, started as a cron job or a bare container starts it: with
 * neither LANG nor LC_ALL, the POSIX locale, where Java cannot read a name such as résumé.txt.
 *
 * <p>The launcher is copied beside a jar that holds only a manifest naming the tests' classes, so
 * that it runs this build's grader without building one (the tests run before the jar is made).
 */
class GradeLauncherTests {

  @TempDir
  Path temp;

  @Test
  void withoutLangOrLcAllTheLauncherPicksAUtf8LocaleAndResumeTxtIsGradedBesideACorrectProgram() throws Exception {
    Path home = Files.createDirectories(temp.resolve("home"));
    Path target = Files.createDirectories(home.resolve("harness/target"));
    Files.copy(ShippedConfig.home().resolve("grade"), home.resolve("grade"));
    launcherJar(target.resolve("parproc-grader.jar"));
    Path work = MainTests.oddNames(temp);

    ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("grade").toString(), work.toString(),
        "--config", ShippedConfig.home().resolve("grading-config").toString(), "--exercise", "procEx", "--runs", "2",
        "--seed", "1").redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
    Process grade = builder.start();
    String printed = new String(grade.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(grade.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(grade.exitValue()).as(printed).isEqualTo(ExitCode.PASSED);
    assertThat(printed).contains("procEx — Making a process: 10/10 (2 runs of procEx.py)\n"
        + "  Note: Left out of the grading: bad\\xff.txt (a name that is not valid UTF-8).\n", "Total: 10/10 points");
    // Read in a UTF-8 locale, résumé.txt is copied with the rest and needs no note.
    assertThat(printed).doesNotContain("résumé", "internal error");
  }

  /** A jar holding only a manifest: the grader's main class and the tests' class path. */
  private static Path launcherJar(Path jar) throws Exception {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, entries.stream()
        .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream archive = new JarOutputStream(out, manifest)) {
      // nothing but the manifest
    }
    return jar;
  }
}

package parproc.grader.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/**
 * The Maven Wrapper: ./mvnw downloads the distribution its properties name once, checks its
 * SHA-256, and runs it; here from a distribution made on the spot, so no network is needed.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class MavenWrapperTests {

  private Path project;
  private Path userHome;
  private Path distribution;

  @BeforeEach
  void aProjectWithTheWrapperAndAFakeMaven() throws Exception {
    project = Files.createTempDirectory("parproc-mvnw-");
    userHome = Files.createTempDirectory("parproc-mvnw-home-");
    Files.copy(ShippedConfig.home().resolve("mvnw"), project.resolve("mvnw"));
    Files.createDirectories(project.resolve(".mvn/wrapper"));
    distribution = project.resolve("apache-maven-9.9.9-bin.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(distribution))) {
      zip.putNextEntry(new ZipEntry("apache-maven-9.9.9/bin/mvn"));
      zip.write("#!/bin/sh\necho \"fake maven for $MAVEN_PROJECTBASEDIR: $*\"\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    writeProperties(sha256(distribution));
  }

  @AfterEach
  void removeTheFolders() throws IOException {
    Grading.delete(project);
    Grading.delete(userHome);
  }

  @Test
  void theShippedPropertiesNameMaven387OnMavenCentralWithItsChecksum() throws IOException {
    Properties shipped = new Properties();
    try (var in = Files.newInputStream(ShippedConfig.home().resolve(".mvn/wrapper/maven-wrapper.properties"))) {
      shipped.load(in);
    }
    assertThat(shipped.getProperty("distributionUrl")).isEqualTo(
        "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.8.7/apache-maven-3.8.7-bin.zip");
    assertThat(shipped.getProperty("distributionSha256Sum"))
        .isEqualTo("70f7fec785728560e5382f1f17fbd8d9dfab391bf87b29cad1a60e54e60b2a7a");
    assertThat(Files.readString(ShippedConfig.home().resolve("mvnw.cmd"))).contains("\r\n")
        .contains("maven-wrapper.ps1");
  }

  @Test
  void downloadsOnceThenRunsTheMavenItKeeps() throws Exception {
    Ran first = mvnw("-v", "clean");
    assertThat(first.output()).isEqualTo("fake maven for " + project + ": -v clean\n");
    assertThat(first.errors()).isEqualTo("mvnw: downloading " + distribution.toUri() + "\n");

    Files.delete(distribution);
    Ran second = mvnw("package");

    assertThat(second.output()).isEqualTo("fake maven for " + project + ": package\n");
    assertThat(second.errors()).isEmpty();
    try (var kept = Files.list(userHome.resolve("wrapper/dists/apache-maven-9.9.9-bin"))) {
      Path folder = kept.findFirst().orElseThrow();
      try (var inside = Files.list(folder)) {
        assertThat(inside.map(p -> p.getFileName().toString()).toList()).containsExactly("apache-maven-9.9.9");
      }
    }
  }

  @Test
  void refusesADistributionWhoseChecksumDiffers() throws Exception {
    writeProperties("0".repeat(64));

    Ran ran = mvnw("-v");

    assertThat(ran.exitCode()).isEqualTo(2);
    assertThat(ran.output()).isEmpty();
    assertThat(ran.errors()).contains("mvnw: apache-maven-9.9.9-bin.zip has SHA-256 " + sha256(distribution)
        + ", not " + "0".repeat(64));
  }

  private record Ran(int exitCode, String output, String errors) {}

  private Ran mvnw(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("sh", project.resolve("mvnw").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    builder.environment().put("MAVEN_USER_HOME", userHome.toString());
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), output, errors);
  }

  private void writeProperties(String sum) throws IOException {
    try (OutputStream out = Files.newOutputStream(project.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
      out.write(("distributionUrl=" + distribution.toUri() + "\ndistributionSha256Sum=" + sum + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}

package parproc.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.ShippedConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small class graded for real, as {@code mvn verify}'s fast instance of the class acceptance:
 * three students (the reference solutions, a corpus mistake, the reference solutions zipped) and a
 * damaged zip, two exercises, two runs each. Recorded, then replayed: each student alone gives the
 * gradebook's numbers, and two shards merged give the unsharded gradebook.
 */
class ClassModeTests {

  private static final String[] EXERCISES = {"--exercise", "procEx", "--exercise", "procEx2", "--runs", "2"};

  @TempDir
  Path temp;

  private Path classFolder;
  private StringWriter out;
  private StringWriter err;

  private int grade(List<String> args) {
    out = new StringWriter();
    err = new StringWriter();
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--config", ShippedConfig.home().resolve("grading-config").toString()));
    return new Main(new PrintWriter(out, true), new PrintWriter(err, true)).run(all.toArray(String[]::new));
  }

  private int gradeClass(String... args) {
    List<String> all = new ArrayList<>(List.of("--class", classFolder.toString()));
    all.addAll(List.of(EXERCISES));
    all.addAll(List.of(args));
    return grade(all);
  }

  @BeforeEach
  void makeClass() throws IOException {
    Path reference = ShippedConfig.home().resolve("reference-solutions");
    Path mistakes = ShippedConfig.home().resolve("harness/src/test/resources/programs/mistakes");
    classFolder = Files.createDirectories(temp.resolve("class"));
    Path alice = Files.createDirectories(classFolder.resolve("alice"));
    Files.copy(reference.resolve("procEx.py"), alice.resolve("procEx.py"));
    Files.copy(reference.resolve("procEx2.py"), alice.resolve("procEx2.py"));
    Path bob = Files.createDirectories(classFolder.resolve("bob"));
    Files.copy(reference.resolve("procEx.py"), bob.resolve("procEx.py"));
    Files.copy(mistakes.resolve("procEx2/forgot-third-start.py"), bob.resolve("procEx2.py"));
    try (OutputStream file = Files.newOutputStream(classFolder.resolve("carol.zip"));
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String name : List.of("procEx.py", "procEx2.py")) {
        zip.putNextEntry(new ZipEntry("carol/" + name));
        zip.write(Files.readAllBytes(reference.resolve(name)));
        zip.closeEntry();
      }
    }
    Files.writeString(classFolder.resolve("dave.zip"), "not a zip");
  }

  private static Map<String, List<String>> gradebook(Path grades) throws IOException {
    String csv = Files.readString(grades.resolve("gradebook.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : csv.substring(1).split("\r\n")) {
      List<String> cells = List.of(line.split(",", -1));
      rows.put(cells.get(0), cells);
    }
    return rows;
  }

  @Test
  void aClassIsGradedIntoAGradebookAndEachStudentRepeatsAloneFromTheRecording() throws IOException {
    Path grades = temp.resolve("grades");
    Path recording = temp.resolve("recording");

    int code = gradeClass("--seed", "7", "--output", grades.toString(), "--record", recording.toString(),
        "--format", "junit");

    assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.FAILED);
    Map<String, List<String>> rows = gradebook(grades);
    assertThat(rows.get("student")).containsExactly("student", "name", "sid", "email", "procEx", "procEx2", "total",
        "max_score", "status", "reason", "seed", "interfered");
    assertThat(rows.get("alice").subList(4, 9)).containsExactly("10", "10", "20", "20", "graded");
    assertThat(rows.get("carol").subList(4, 9)).containsExactly("10", "10", "20", "20", "graded");
    assertThat(rows.get("bob").get(4)).isEqualTo("10");
    assertThat(Integer.parseInt(rows.get("bob").get(5))).isLessThan(10);
    assertThat(rows.get("dave").subList(4, 9)).containsExactly("", "", "", "", "unreadable");
    assertThat(rows.get("dave").get(9)).startsWith("cannot unpack dave.zip: ");
    assertThat(grades.resolve("alice/report.txt")).exists();
    assertThat(grades.resolve("alice/report.junit.xml")).content().startsWith("<?xml");
    assertThat(grades.resolve("bob/report.html")).content().contains("Content-Security-Policy", "<svg");
    assertThat(grades.resolve("class-report.html")).exists();
    assertThat(out.toString()).contains("Class seed 7", "[4/4]", "Graded 4 students (3 graded, 1 unreadable)", "unreadable");

    JsonMapper json = JsonMapper.builder().build();
    for (String student : List.of("alice", "bob", "carol")) {
      int alone = grade(List.of("--replay", recording.resolve(student).toString(), "--format", "json",
          EXERCISES[0], EXERCISES[1], EXERCISES[2], EXERCISES[3]));
      assertThat(alone).isIn(ExitCode.PASSED, ExitCode.FAILED);
      JsonNode report = json.readTree(out.toString());
      assertThat(report.get("score").asString()).as(student).isEqualTo(rows.get(student).get(6));
      assertThat(report.get("exercises").get(1).get("score").asString()).as(student).isEqualTo(rows.get(student).get(5));
      assertThat(report.get("seed").asString()).as(student).isEqualTo(rows.get(student).get(10));
    }
  }

  @Test
  void twoShardsMergedGiveTheGradebookOfTheWholeClassReplayed() throws IOException {
    Path recording = temp.resolve("recording");
    gradeClass("--seed", "11", "--output", temp.resolve("live").toString(), "--record", recording.toString());

    gradeClass("--seed", "11", "--replay", recording.toString(), "--output", temp.resolve("whole").toString());
    gradeClass("--seed", "11", "--replay", recording.toString(), "--shard", "1/2", "--output",
        temp.resolve("shard1").toString());
    gradeClass("--seed", "11", "--replay", recording.toString(), "--shard", "2/2", "--output",
        temp.resolve("shard2").toString());
    int merged = grade(List.of("--merge", temp.resolve("shard1").toString(), temp.resolve("shard2").toString(),
        "--output", temp.resolve("all").toString()));

    assertThat(merged).as(err.toString()).isEqualTo(ExitCode.PASSED);
    String whole = Files.readString(temp.resolve("whole/gradebook.csv"));
    assertThat(Files.readString(temp.resolve("all/gradebook.csv"))).isEqualTo(whole);
    assertThat(Files.readString(temp.resolve("all/class-report.html")))
        .isEqualTo(Files.readString(temp.resolve("whole/class-report.html")));
    assertThat(whole).isEqualTo(Files.readString(temp.resolve("live/gradebook.csv")));
    assertThat(gradebook(temp.resolve("shard1")).size() + gradebook(temp.resolve("shard2")).size()).isEqualTo(4 + 2);
  }

  @Test
  void resumeKeepsTheStudentsWhoseInputsDidNotChange() throws IOException {
    Path grades = temp.resolve("grades");
    Path recording = temp.resolve("recording");
    gradeClass("--seed", "5", "--output", grades.toString(), "--record", recording.toString());
    Files.writeString(classFolder.resolve("bob/procEx.py"), "\n# changed\n", StandardOpenOption.APPEND);

    gradeClass("--seed", "5", "--output", grades.toString(), "--record", recording.toString(), "--resume");

    assertThat(out.toString()).contains("2 kept from an earlier grading", "] bob: ", "] dave: unreadable")
        .doesNotContain("] alice: ", "] carol: ");
  }

  @Test
  void aStudentOverTheTimeLimitGetsARowAndTheClassGoesOn() throws IOException {
    Path grades = temp.resolve("grades");

    gradeClass("--seed", "3", "--output", grades.toString(), "--student-timeout", "0.001");

    // No student has a score, so the gradebook has no exercise column.
    assertThat(gradebook(grades).get("alice").subList(4, 8))
        .containsExactly("", "", "timeout", "stopped after the per-student limit of 0.001 s");
    assertThat(out.toString()).contains("Graded 4 students (3 timeout, 1 unreadable)");
  }

  @Test
  void theIsolationAskedForIsEveryStudentsIsolation() throws IOException {
    Path grades = temp.resolve("grades");
    assertThat(gradeClass("--seed", "2", "--output", grades.toString(), "--isolation", "none")).as(err.toString())
        .isEqualTo(ExitCode.FAILED);

    for (String student : List.of("alice", "bob", "carol")) {
      String report = Files.readString(grades.resolve(student).resolve("report.json"), StandardCharsets.UTF_8);
      assertThat(report).as(student).contains("\"isolation\" : \"none");
    }
  }

  @Test
  void classModeMistakesAreOneLineReasons() {
    assertThat(gradeClass("--seed", "1")).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).isEqualTo("grade: --class needs --output GRADES, the folder the gradebook and"
        + " reports go to\n");
    assertThat(gradeClass("--output", temp.resolve("g").toString(), "--shard", "3/2")).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).isEqualTo("grade: --shard expects K/N with 1 <= K <= N, e.g. 2/4; found '3/2'\n");
    assertThat(grade(List.of("--merge", temp.resolve("g").toString()))).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).isEqualTo("grade: --merge needs --output ALL, the folder the merged gradebook goes to\n");
  }
}

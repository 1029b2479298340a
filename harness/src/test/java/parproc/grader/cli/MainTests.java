package parproc.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.reports.Format;
import parproc.grader.testing.OddNames;
import parproc.grader.testing.ShippedConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command as a user meets it: options, messages, exit codes, output. */
class MainTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path folder;

  private int grade(String... args) {
    return new Main(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
  }

  private String home(String path) {
    return ShippedConfig.home().resolve(path).toString();
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    assertThat(grade("--help")).isEqualTo(ExitCode.PASSED);
    assertThat(out.toString()).contains("Usage: grade", "--exercise=ID", "--runs=N", "--format=FORMAT",
        "--output=FILE", "--python=PATH", "--seed=N", "--record=DIR", "--replay=DIR",
        "2   could not grade (bad option, broken grading-config, no Python 3)");
  }

  @Test
  void helpListsTheClassOptionsAfterTheOthersAndBeforeHelpAndVersion() {
    assertThat(grade("--help")).isEqualTo(ExitCode.PASSED);
    assertThat(out.toString()).containsSubsequence("--isolation=MODE", "--html=FILE", "--trace-events=DIR",
        "--class=DIR", "--student-timeout=SECONDS", "--resume", "--shard=K/N", "--merge=GRADES...", "-h, --help",
        "-V, --version");
  }

  @Test
  void portabilityRefusesAClassAndARecordingWithItsReason() {
    assertThat(grade("--class", folder.toString(), "--portability")).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).contains("--portability compares the start methods for one submission: give a DIR,"
        + " not --class");
    assertThat(grade(home("reference-solutions"), "--portability", "--record", folder.resolve("rec").toString()))
        .isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).contains("it takes no --start-method, --replay, --record, --html or --trace-events");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAOneLineReason() {
    assertThat(grade("--bogus")).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).isEqualTo("grade: Unknown option: '--bogus'\nTry 'grade --help' for the options.\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aMissingFolderIsNamed() {
    assertThat(grade("no/such/folder", "--config", home("grading-config"))).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).isEqualTo("grade: no such folder: no/such/folder\n");
  }

  @Test
  void aPythonThatIsNotThereIsNamed() {
    assertThat(grade(home("reference-solutions"), "--config", home("grading-config"), "--python", "/no/python3"))
        .isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).isEqualTo("grade: cannot run '/no/python3': no such program. Install Python 3.8"
        + " or later, or name it with --python PATH.\n");
  }

  @Test
  void aPythonTwoIsRefused() throws IOException {
    Path fake = folder.resolve("python2");
    Files.writeString(fake, "#!/bin/sh\necho '2 7 18'\necho /usr/bin/python2\n");
    fake.toFile().setExecutable(true);

    assertThat(grade(home("reference-solutions"), "--config", home("grading-config"), "--python", fake.toString()))
        .isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).isEqualTo("grade: '" + fake + "' is Python 2.7.18; the grader runs programs with"
        + " Python 3.8 or later (name one with --python PATH)\n");
  }

  @Test
  void badNumbersAreRefused() {
    assertThat(grade("--runs", "0")).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).isEqualTo("grade: --runs must be at least 1\n");
  }

  @Test
  void anUnknownFormatIsNamedWithTheFormatsThereAre() {
    assertThat(grade("--format", "pdf")).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).isEqualTo("grade: --format: unknown format 'pdf': expected one of text, json,"
        + " gradescope, html, junit, prairielearn, classroom\n");
  }

  @Test
  void anUnknownExerciseCannotBeGraded() {
    int code = grade(home("reference-solutions"), "--config", home("grading-config"), "--exercise", "procEx9");

    assertThat(code).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(err.toString()).startsWith("grade: no exercise 'procEx9' in ");
  }

  @Test
  void jsonOutputFollowsTheContract() throws IOException {
    int code = grade(home("reference-solutions"), "--config", home("grading-config"), "--exercise", "procEx",
        "--exercise", "procEx2", "--runs", "2", "--format", "json", "--seed", "7");

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.PASSED);
    JsonNode json = JsonMapper.builder().build().readTree(out.toString());
    assertThat(json.get("score").asInt()).isEqualTo(20);
    assertThat(json.get("max_score").asInt()).isEqualTo(20);
    assertThat(json.get("seed").asLong()).isEqualTo(7);
    JsonNode exercise = json.get("exercises").get(0);
    assertThat(exercise.get("id").asString()).isEqualTo("procEx");
    assertThat(exercise.get("score").asInt()).isEqualTo(10);
    assertThat(exercise.get("max_score").asInt()).isEqualTo(10);
    assertThat(exercise.get("runs").asInt()).isEqualTo(2);
    JsonNode check = exercise.get("checks").get(0);
    assertThat(check.propertyNames()).contains("id", "description", "passed", "failed_runs", "message");
    assertThat(check.get("id").asString()).isEqualTo("finishes-cleanly");
    assertThat(check.get("passed").asBoolean()).isTrue();
    assertThat(check.get("failed_runs").asInt()).isZero();
    assertThat(check.get("message").isNull()).isTrue();
  }

  @Test
  void aFailingSubmissionExitsWithOneAndTheReportGoesToTheOutputFile() throws IOException {
    Path report = folder.resolve("reports/grade.txt");
    Path work = folder.resolve("work");
    Files.createDirectories(work);
    Files.writeString(work.resolve("procEx2.py"), "def procEx2():\n    raise ValueError('no greeting yet')\n");

    int code = grade(work.toString(), "--config", home("grading-config"), "--exercise", "procEx2",
        "--runs", "1", "--output", report.toString());

    assertThat(code).isEqualTo(ExitCode.FAILED);
    assertThat(out.toString()).isEqualTo("Total: 0/10 points; report written to " + report + "\n");
    assertThat(Files.readString(report)).contains("procEx2 — Making multiple processes: 0/10", "FAIL finishes-cleanly");
  }

  @Test
  void aBrokenConfigFileCostsOnlyItsExerciseAndExitsWithTwo() throws IOException {
    Path config = folder.resolve("config");
    Files.createDirectories(config);
    Files.copy(Path.of(home("grading-config/procEx.yaml")), config.resolve("procEx.yaml"));
    Files.writeString(config.resolve("procEx2.yaml"),
        Files.readString(Path.of(home("grading-config/procEx2.yaml"))).replace("points: 3", "points: three"));

    int code = grade(home("reference-solutions"), "--config", config.toString(), "--runs", "1");

    assertThat(code).isEqualTo(ExitCode.CANNOT_GRADE);
    assertThat(out.toString()).contains("procEx — Making a process: 10/10",
        "procEx2 — procEx2: not graded: its grading-config is broken",
        "procEx2.yaml, line 24, field 'checks[1].points' (exercise procEx2): expected a whole number, found 'three'");
  }

  /** A folder with a correct procEx.py, résumé.txt, and bad\xff.txt, a name that is not UTF-8. */
  static Path oddNames(Path folder) throws Exception {
    Path work = Files.createDirectories(folder.resolve("odd"));
    Files.copy(ShippedConfig.home().resolve("reference-solutions/procEx.py"), work.resolve("procEx.py"));
    OddNames.make(work, "open(b'bad\\xff.txt', 'wb').write(b'x'); open('r\\u00e9sum\\u00e9.txt', 'w').write('x')");
    return work;
  }

  @Test
  void aFileWhoseNameIsNotUtf8IsLeftOutAndNamedWhileTheExerciseIsGraded() throws Exception {
    Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
        "the tests' JVM reads names in a UTF-8 locale; the POSIX one is the next test's");
    Path work = oddNames(folder);

    int code = grade(work.toString(), "--config", home("grading-config"), "--exercise", "procEx", "--runs", "2",
        "--seed", "1");

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.PASSED);
    assertThat(out.toString()).contains("procEx — Making a process: 10/10 (2 runs of procEx.py)\n"
        + "  Note: Left out of the grading: bad\\xff.txt (a name that is not valid UTF-8).\n");
    assertThat(out.toString()).doesNotContain("résumé");
  }

  /**
   * The grader started without its launcher in the POSIX locale (LANG and LC_ALL unset), where
   * Java cannot read even résumé.txt: both odd names are left out and named, and procEx is graded.
   */
  @Test
  void inThePosixLocaleNamesJavaCannotReadAreLeftOutAndNamedAndTheGradingGoesOn() throws Exception {
    Path work = oddNames(folder);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dparproc.home=" + ShippedConfig.home(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), work.toString(), "--config", home("grading-config"), "--exercise", "procEx",
        "--runs", "2", "--seed", "1");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));

    Process java = builder.start();
    String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(java.exitValue()).as(printed).isEqualTo(ExitCode.PASSED);
    assertThat(printed).contains("procEx — Making a process: 10/10 (2 runs of procEx.py)\n"
        + "  Note: Left out of the grading: bad\\xff.txt (a name that is not valid UTF-8), résumé.txt (a name the"
        + " grader cannot read in an ANSI_X3.4-1968 locale; grade with ./grade, which picks a UTF-8 one).\n",
        "Total: 10/10 points");
  }

  @Test
  void aJsonReportPrintedGetsItsHiddenCharactersAsJsonEscapesAndTheOthersAreLeftAlone() {
    String json = "{ \"stdout\" : \"\u009b2J\u202eHi\" }\n";

    assertThat(GradeCommand.onTerminal(Format.JSON, json)).isEqualTo("{ \"stdout\" : \"\\u009b2J\\u202eHi\" }\n");
    assertThat(GradeCommand.onTerminal(Format.GRADESCOPE, json)).isEqualTo("{ \"stdout\" : \"\\u009b2J\\u202eHi\" }\n");
    // The text report shows its own (TextReport); the page and JUnit's XML are for files.
    assertThat(GradeCommand.onTerminal(Format.TEXT, json)).isSameAs(json);
  }
}

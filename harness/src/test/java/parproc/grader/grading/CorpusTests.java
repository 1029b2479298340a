package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;
import parproc.grader.results.GradeReport;
import parproc.grader.runs.isolation.IsolationMode;
import parproc.grader.testing.Fixture;
import parproc.grader.testing.Grading;
import parproc.grader.testing.Isolated;
import parproc.grader.testing.Recordings;
import parproc.grader.testing.SharedLeftovers;
import parproc.grader.testing.ShippedConfig;

/**
 * The project's corpus of wrong and hostile programs, each graded for real: a mistake must lose
 * the checks its header names; a hostile program must get what its header expects, and leave
 * nothing running; a program that tampers with the grader must score at most what its honest
 * mistake scores with the same runs and seed, and be flagged as interfering exactly when its
 * header says so. {@code -Dparproc.gradings=5} grades each mistake and each tampering program
 * five times in a row.
 */
class CorpusTests {

  private static final int GRADINGS = Integer.getInteger("parproc.gradings", 1);
  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  /** Time limit for wrong programs, several of which never end. */
  private static final double MISTAKE_TIMEOUT = 10;

  @TestFactory
  Stream<DynamicTest> everyMistakeLosesTheChecksItNames() {
    return Fixture.eachGraded("mistakes", GRADINGS, CorpusTests::gradeMistake);
  }

  private static void gradeMistake(Fixture fixture, int grading, Path folder) throws IOException {
    ExerciseResult result = Grading.gradeAlone(fixture.file(), fixture.exercise(), 2, SEED + grading,
        MISTAKE_TIMEOUT, folder);
    assertThat(result.score()).as(Grading.describe(result)).isLessThan(result.maxScore());
    for (String check : fixture.loses()) {
      assertThat(Grading.check(result, check).passed())
          .as("%s must lose %s (grading %d):%n%s", fixture.name(), check, grading + 1, Grading.describe(result))
          .isFalse();
    }
    assertThat(Grading.processesUnder(folder)).as("left running").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyTamperingProgramScoresAtMostItsHonestMistake() {
    return Fixture.eachGraded("tampering", GRADINGS, CorpusTests::gradeTampering);
  }

  private static void gradeTampering(Fixture fixture, int grading, Path folder) throws Exception {
    Assumptions.assumeTrue(fixture.hole() == null, "a known hole of the grader: " + fixture.hole());
    Assumptions.assumeTrue(!fixture.needsRoot() || Isolated.asRoot(), "needs the grader to run as root");
    Path submission = Files.createDirectory(folder.resolve("submission"));
    fixture.copyInto(submission);
    Path record = folder.resolve("record");
    ExerciseResult graded;
    try {
      graded = gradeFolder(submission, fixture, grading, record);
    } finally {
      // What a run of the test's own left in the machine's shared memory, should the grader not have removed it.
      if (Files.isDirectory(record)) {
        for (int uid : Recordings.uidsThatLeft(Recordings.streamOfEveryRun(record, "stderr"))) {
          List<String> left = SharedLeftovers.of(uid);
          SharedLeftovers.remove(uid);
          assertThat(left).as("left in shared memory by uid " + uid).isEmpty();
        }
      }
    }
    ExerciseResult result = graded;
    String account = fixture.name() + " (grading " + (grading + 1) + "):\n" + Grading.describe(result);
    int atMost;
    if (fixture.atMost().matches("\\d+")) {
      atMost = Integer.parseInt(fixture.atMost());
    } else {
      Fixture honest = Fixture.read(ShippedConfig.programs().resolve(fixture.atMost()));
      Path honestSubmission = Files.createDirectory(folder.resolve("honest"));
      honest.copyInto(honestSubmission);
      ExerciseResult baseline = gradeFolder(honestSubmission, fixture, grading, null);
      account += "\nits honest mistake, " + honest.name() + ":\n" + Grading.describe(baseline);
      atMost = baseline.score();
    }
    assertThat(result.status()).as(account).isEqualTo(ExerciseStatus.GRADED);
    assertThat(result.score()).as(account).isLessThanOrEqualTo(atMost);
    assertThat(result.interfered() != null).as(account + "\ninterfered: " + result.interfered())
        .isEqualTo(fixture.flagged());
    if (fixture.expect().equals("full-marks")) {
      assertThat(result.fullMarks()).as(account).isTrue();
    }
    for (String check : fixture.loses()) {
      assertThat(Grading.check(result, check).passed()).as(account).isFalse();
    }
    assertThat(Grading.processesUnder(submission)).as("left running").isEmpty();
  }

  /** Grades a tampering program's folder (or its honest mistake's) as its header says, with the seed of the grading. */
  private static ExerciseResult gradeFolder(Path submission, Fixture fixture, int grading, Path record) {
    GradeReport report = Grading.grade(GradingRequest.builder().submission(submission)
        .config(ShippedConfig.home().resolve("grading-config")).exercises(List.of(fixture.exercise())).runs(2)
        .seed(SEED + grading).timeoutSeconds(MISTAKE_TIMEOUT).isolation(IsolationMode.parse(fixture.isolation()))
        .record(record).build());
    assertThat(report.exercises()).as(report.toString()).hasSize(1);
    return report.exercises().get(0);
  }

  @TestFactory
  Stream<DynamicTest> everyHostileProgramGetsWhatItsHeaderExpects() {
    return Fixture.under(ShippedConfig.programs().resolve("hostile")).stream()
        .map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
          // A program that needs the kernel's caps or another uid runs only where they are in force.
          Assumptions.assumeTrue(!Files.readString(fixture.file(), StandardCharsets.ISO_8859_1)
              .contains("\n# Needs: root") || Isolated.asRoot(), "needs the grader to run as root");
          Path folder = Files.createTempDirectory("parproc-hostile-");
          try {
            gradeHostile(fixture, folder);
          } finally {
            Grading.delete(folder);
          }
        }));
  }

  private static void gradeHostile(Fixture fixture, Path folder) throws IOException {
    boolean hangs = fixture.expect().equals("timeout");
    ExerciseResult result = Grading.gradeAlone(fixture.file(), fixture.exercise(), 2, SEED,
        hangs ? MISTAKE_TIMEOUT : null, folder);
    String account = fixture.name() + ":\n" + Grading.describe(result);
    switch (fixture.expect()) {
      case "full-marks" -> assertThat(result.fullMarks()).as(account).isTrue();
      case "timeout" -> assertThat(Grading.check(result, "finishes-cleanly").histogram())
          .as(account).anySatisfy(row -> assertThat(row.outcome()).isEqualTo("stopped at the time limit"));
      default -> fixture.loses().forEach(check ->
          assertThat(Grading.check(result, check).passed()).as(account).isFalse());
    }
    assertThat(Grading.processesUnder(folder)).as("left running by " + fixture.name()).isEmpty();
  }
}

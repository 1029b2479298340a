package parproc.grader.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.testing.Fixture;
import parproc.grader.testing.Grading;

/**
 * The corpus of slips, each graded for real: a program whose only fault is its wording loses
 * the lines check and nothing else; a misspelled entry, a crash that leads to a hang and starter
 * code each get the score their header names, and messages with the words it names; a slip whose
 * header names the checks it loses ({@code # Loses:}) loses exactly those.
 * {@code -Dparproc.gradings=5} grades each slip five times in a row.
 */
class SlipsTests {

  private static final int GRADINGS = Integer.getInteger("parproc.gradings", 1);
  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  /** Time limit for slips that never end. */
  private static final double HANG_TIMEOUT = 10;

  @TestFactory
  Stream<DynamicTest> everySlipGetsTheScoreAndTheWordsItsHeaderNames() {
    return Fixture.eachGraded("slips", GRADINGS, SlipsTests::gradeSlip);
  }

  private static void gradeSlip(Fixture fixture, int grading, Path folder) throws IOException {
    boolean hangs = fixture.name().contains("crash-then-hang");
    ExerciseResult result = Grading.gradeAlone(fixture.file(), fixture.exercise(), 2, SEED + grading,
        hangs ? HANG_TIMEOUT : null, folder);
    String account = fixture.name() + " (grading " + (grading + 1) + "):\n" + Grading.describe(result);
    assertThat(result.score()).as(account).isEqualTo(expectedScore(fixture, result));
    if (!fixture.loses().isEmpty()) {
      assertThat(result.checks().stream().filter(check -> !check.passed()).map(CheckResult::id).toList())
          .as(account).containsExactlyInAnyOrderElementsOf(fixture.loses());
    }
    List<String> messages = new ArrayList<>();
    if (result.message() != null) {
      messages.add(result.message());
    }
    if (result.cause() != null) {
      messages.add(result.causeLine());
    }
    for (CheckResult check : result.checks()) {
      if (check.firstFailure() != null) {
        messages.add(check.firstFailure().message());
        if (fixture.leads() != null) {
          assertThat(check.firstFailure().message()).as(account).startsWith(fixture.leads());
        }
      }
    }
    String said = String.join("\n", messages);
    for (String phrase : fixture.says()) {
      assertThat(said).as(account).contains(phrase);
    }
    assertThat(Grading.processesUnder(folder)).as("left running").isEmpty();
  }

  /** "max - CHECK, CHECK" is the maximum less those checks' points; a number is itself. */
  private static int expectedScore(Fixture fixture, ExerciseResult result) {
    String score = fixture.score();
    if (score == null) {
      throw new AssertionError(fixture.name() + " has no '# Score:' header");
    }
    if (score.startsWith("max - ")) {
      int lost = 0;
      for (String check : score.substring(6).split(",")) {
        lost += Grading.check(result, check.strip()).points();
      }
      return result.maxScore() - lost;
    }
    return Integer.parseInt(score);
  }
}

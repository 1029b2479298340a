package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/** Checks judged on real runs recorded once and kept in src/test/resources/recordings. */
class RecordedRunsTests {

  private static ExerciseResult replay(String recording, String exercise) {
    GradeReport report = Grading.grade(GradingRequest.builder().submission(ShippedConfig.home())
        .config(ShippedConfig.home().resolve("grading-config")).exercises(List.of(exercise))
        .replay(ShippedConfig.home().resolve("harness/src/test/resources/recordings").resolve(recording)).build());
    return report.exercises().get(0);
  }

  @Test
  void outputMixedMidLineByUnlockedChildrenCostsNothing() {
    ExerciseResult result = replay("garbled-but-correct", "manyGreetings3");

    assertThat(result.runs()).isEqualTo(3);
    assertThat(result.fullMarks()).as(Grading.describe(result)).isTrue();
  }

  @Test
  void aLockMadeInEachChildIsSeenInEveryRecordedRun() {
    ExerciseResult result = replay("lock-in-each-child", "manyGreetings4");

    CheckResult lock = Grading.check(result, "shared-lock");
    assertThat(lock.failedRuns()).isEqualTo(2);
    assertThat(lock.firstFailure().message()).contains("like each boy bringing his own conch");
  }
}

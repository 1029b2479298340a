package parproc.grader.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parproc.grader.grading.Grader;
import parproc.grader.grading.Grading;
import parproc.grader.grading.GradingListener;
import parproc.grader.grading.GradingRequest;
import parproc.grader.grading.InvalidRequestException;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.observations.TraceEvent;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.ShippedConfig;

/**
 * --start-method sets the graded programs' default start method: the module's programs, written for
 * fork, get full marks under spawn and forkserver; a program that chooses its own method keeps it.
 * scripts/soak-anywhere grades every exercise and the correct corpus under each.
 */
class StartMethodGradingTests {

  private static final long SEED = Long.getLong("parproc.seed", 20261126L);

  private static GradingRequest.Builder request(Path submission, String method, String... exercises) {
    return GradingRequest.builder().submission(submission).config(ShippedConfig.home().resolve("grading-config"))
        .exercises(List.of(exercises)).runs(2).seed(SEED).startMethod(method).keepRuns(true);
  }

  @Test
  void theModulesProgramsGetFullMarksUnderSpawnAndForkserverAndTheirChildrenUseThem() {
    for (String method : List.of("spawn", "forkserver")) {
      try (Grader grader = Grader.open(0)) {
        Grading grading = grader.start(request(ShippedConfig.home().resolve("reference-solutions"), method,
            "procEx", "manyGreetings4", "assignDiggers", "sendName").build(), GradingListener.NONE);
        GradeReport report = grading.report().join();

        assertThat(report.exercises()).extracting(ExerciseResult::score).as(method).containsOnly(10);
        List<String> methods = grading.runs().values().stream().flatMap(exercise -> exercise.runs().stream())
            .flatMap(run -> run.trace().all(TraceEvent.ChildStarted.class)).map(TraceEvent.ChildStarted::method)
            .distinct().toList();
        assertThat(methods).containsExactly(method);
      }
    }
  }

  @Test
  void aProgramThatChoosesItsOwnMethodKeepsIt() throws IOException {
    Path folder = Files.createTempDirectory("parproc-method-");
    try {
      Files.copy(ShippedConfig.programs().resolve("correct/spawn-join/procEx.py"), folder.resolve("procEx.py"));
      try (Grader grader = Grader.open(0)) {
        Grading grading = grader.start(request(folder, "fork", "procEx").build(), GradingListener.NONE);
        assertThat(grading.report().join().score()).isEqualTo(10);
        Map<String, ObservedExercise> runs = grading.runs();
        assertThat(runs.get("procEx").runs().get(0).trace().all(TraceEvent.ChildStarted.class))
            .extracting(TraceEvent.ChildStarted::method).containsOnly("spawn");
      }
    } finally {
      parproc.grader.testing.Grading.delete(folder);
    }
  }

  @Test
  void aMethodThatIsNoneOfTheThreeIsRefusedWithItsName() {
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidRequestException.class, () ->
        request(ShippedConfig.home().resolve("reference-solutions"), "thread").build()).getMessage())
        .isEqualTo("start_method must be fork, spawn or forkserver, not 'thread'");
  }
}

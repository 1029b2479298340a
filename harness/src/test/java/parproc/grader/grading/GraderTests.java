package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;
import parproc.grader.results.GradeReport;
import parproc.grader.testing.ShippedConfig;

/** The grading core as its callers meet it: shared run slots, the listener, starting, closing. */
class GraderTests {

  @TempDir
  Path folder;

  private static GradingRequest.Builder reference(String... exercises) {
    return GradingRequest.builder().submission(ShippedConfig.home().resolve("reference-solutions"))
        .config(ShippedConfig.home().resolve("grading-config")).exercises(List.of(exercises)).runs(2).seed(3L);
  }

  /** The live processes this test's JVM started, directly or not. */
  private static Set<Long> descendants() {
    return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }

  /** The live processes started since {@code before}: the runs, as the tests run one at a time. */
  private static Set<Long> started(Set<Long> before) {
    Set<Long> now = descendants();
    now.removeAll(before);
    return now;
  }

  /** Every event heard, in order, and the threads the runs ended on. */
  private static final class Heard implements GradingListener {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final Set<String> runThreads = ConcurrentHashMap.newKeySet();
    GradeReport finished;

    @Override
    public void gradingStarted(Path submission, List<String> exercises) {
      events.add("started " + submission.getFileName() + " " + exercises);
    }

    @Override
    public void runFinished(String exercise, int index) {
      events.add("run " + exercise + " " + index);
      runThreads.add(Thread.currentThread().getName());
    }

    @Override
    public void exerciseFinished(ExerciseResult result) {
      events.add("exercise " + result.id() + " " + result.score() + "/" + result.maxScore());
    }

    @Override
    public void gradingFinished(GradeReport report) {
      events.add("finished " + report.score() + "/" + report.maxScore());
      finished = report;
    }
  }

  @Test
  void theListenerHearsThePlanEachRunEachExerciseAndTheGradeInThatOrder() {
    Heard heard = new Heard();
    GradeReport report;
    try (Grader grader = Grader.open(2)) {
      report = grader.grade(reference("procEx", "procEx2").build(), heard);
    }

    assertThat(heard.events.get(0)).isEqualTo("started reference-solutions [procEx, procEx2]");
    assertThat(heard.events.subList(1, heard.events.size() - 1)).containsExactlyInAnyOrder(
        "run procEx 0", "run procEx 1", "run procEx2 0", "run procEx2 1", "exercise procEx 10/10",
        "exercise procEx2 10/10");
    assertThat(heard.events.indexOf("exercise procEx 10/10"))
        .isGreaterThan(heard.events.indexOf("run procEx 0")).isGreaterThan(heard.events.indexOf("run procEx 1"));
    assertThat(heard.events.get(heard.events.size() - 1)).isEqualTo("finished 20/20");
    assertThat(heard.finished).isEqualTo(report);
  }

  @Test
  void manyGradingsAtOnceShareTheGradersSlots() throws Exception {
    Heard heard = new Heard();
    List<GradeReport> reports = new ArrayList<>();
    ExecutorService callers = Executors.newFixedThreadPool(6);
    int runCap;
    try (Grader grader = Grader.open(2)) {
      runCap = grader.runCap();
      List<Future<GradeReport>> gradings = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        gradings.add(callers.submit(() -> grader.grade(reference("procEx", "addTwoPar").build(), heard)));
      }
      for (Future<GradeReport> grading : gradings) {
        reports.add(grading.get(5, TimeUnit.MINUTES));
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(reports).hasSize(6).allSatisfy(report -> {
      assertThat(report.problems()).isEmpty();
      assertThat(report.score()).as(report.toString()).isEqualTo(report.maxScore()).isEqualTo(20);
    });
    // 24 runs, each on one of the grader's run threads: at most its cap on runs at once.
    assertThat(heard.events.stream().filter(event -> event.startsWith("run "))).hasSize(24);
    assertThat(heard.runThreads).hasSizeLessThanOrEqualTo(runCap)
        .allMatch(name -> name.startsWith("parproc-slot-"));
  }

  @Test
  void startGivesEachPlannedExerciseAFutureOfItsResult() {
    try (Grader grader = Grader.open(2)) {
      Grading grading = grader.start(reference("procEx", "addTwoPar").build(),
          GradingListener.NONE);

      assertThat(grading.exercises()).extracting(PlannedExercise::id).containsExactly("procEx", "addTwoPar");
      assertThat(grading.exercises()).extracting(PlannedExercise::title)
          .containsExactly("Making a process", "Obtaining a result from a single child");
      GradeReport report = grading.report().join();
      assertThat(grading.exercises()).extracting(planned -> planned.result().join())
          .containsExactlyElementsOf(report.exercises());
    }
  }

  @Test
  void aGradingKeepsItsRunsInMemoryOnlyWhenAsked() {
    try (Grader grader = Grader.open(2)) {
      Grading kept = grader.start(reference("addTwoPar", "procEx").runs(2).keepRuns(true).build(), GradingListener.NONE);
      Grading plain = grader.start(reference("procEx").runs(1).build(), GradingListener.NONE);

      GradeReport report = kept.report().join();
      plain.report().join();

      assertThat(kept.runs()).containsOnlyKeys("addTwoPar", "procEx");
      assertThat(kept.runs().keySet()).containsExactly("addTwoPar", "procEx");
      assertThat(kept.runs().get("procEx").graded()).hasSize(report.exercises().get(1).runs())
          .allSatisfy(run -> assertThat(run.run().stdoutText()).contains("Hi from process"));
      assertThat(plain.runs()).isEmpty();
    }
  }

  @Test
  void aListenerThatThrowsCostsNoPointAndIsNamedAmongTheProblems() {
    GradingListener broken = new GradingListener() {
      @Override
      public void exerciseFinished(ExerciseResult result) {
        throw new IllegalStateException("listener bug");
      }
    };
    GradeReport report;
    try (Grader grader = Grader.open(2)) {
      report = grader.grade(reference("procEx").build(), broken);
    }

    assertThat(report.score()).isEqualTo(10);
    assertThat(report.problems()).containsExactly(
        "a grading listener failed on exerciseFinished: java.lang.IllegalStateException: listener bug");
    assertThat(report.complete()).isFalse();
  }

  @Test
  void closingTheGraderStopsItsRunsAndEndsTheGradingWithHarnessErrors() throws Exception {
    Files.writeString(folder.resolve("procEx.py"), "import time\n\ndef procEx():\n    time.sleep(60)\n");
    GradingRequest request = GradingRequest.builder().submission(folder)
        .config(ShippedConfig.home().resolve("grading-config")).exercise("procEx").runs(2).timeoutSeconds(120.0)
        .build();
    Set<Long> before = descendants();
    Grader grader = Grader.open(2);
    Grading grading = grader.start(request, GradingListener.NONE);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (started(before).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(started(before)).as("the runs' processes").isNotEmpty();

    grader.close();

    GradeReport report = grading.report().get(10, TimeUnit.SECONDS);
    assertThat(report.exercises()).singleElement().satisfies(result -> {
      assertThat(result.status()).isEqualTo(ExerciseStatus.HARNESS_ERROR);
      assertThat(result.score()).isZero();
      assertThat(result.maxScore()).isEqualTo(10);
      assertThat(result.message()).isEqualTo("harness error: the grading was stopped");
    });
    assertThat(report.complete()).isFalse();
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!started(before).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(started(before)).as("left running").isEmpty();
    assertThat(grader.probe().folder()).as("the probe's files").doesNotExist();
  }
}

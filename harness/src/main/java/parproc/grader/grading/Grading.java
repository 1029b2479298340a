package parproc.grader.grading;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.results.GradeReport;

/**
 * A grading under way, as {@link Grader#start} returns it: the exercises it plans, each with a
 * future of its result, and the future of the whole grade. What goes wrong while grading is in
 * the results (an exercise's status, the grade's problems); only a bug in building the grade
 * itself would complete the grade's future exceptionally.
 */
public final class Grading {

  private final GradingRequest request;
  private final List<PlannedExercise> exercises;
  private final CompletableFuture<GradeReport> report;
  private final Supplier<Map<String, ObservedExercise>> runs;

  Grading(GradingRequest request, List<PlannedExercise> exercises, CompletableFuture<GradeReport> report,
      Supplier<Map<String, ObservedExercise>> runs) {
    this.request = request;
    this.exercises = List.copyOf(exercises);
    this.report = report;
    this.runs = runs;
  }

  public GradingRequest request() {
    return request;
  }

  /** The exercises graded, in report order. */
  public List<PlannedExercise> exercises() {
    return exercises;
  }

  /** The grade, once every exercise has its result. */
  public CompletableFuture<GradeReport> report() {
    return report;
  }

  /**
   * The runs of each exercise as observed, by exercise in report order, as graded (run live or
   * read from a recording), once {@link #report()} is complete; empty unless the request kept them
   * ({@link GradingRequest#keepRuns()}). An exercise with no runs (a config error) is absent.
   */
  public Map<String, ObservedExercise> runs() {
    return runs.get();
  }
}

package parproc.grader.grading;

import java.util.concurrent.CompletableFuture;
import parproc.grader.results.ExerciseResult;

/**
 * An exercise a grading will grade, known before any of its runs: its id, its title, and its
 * result when ready. The result never completes exceptionally: a harness failure is a result
 * with status {@code HARNESS_ERROR}.
 */
public record PlannedExercise(String id, String title, CompletableFuture<ExerciseResult> result) {}

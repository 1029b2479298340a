package parproc.grader.grading;

import java.nio.file.Path;
import java.util.List;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;

/**
 * Hears how a grading progresses; every method does nothing unless overridden. Methods are
 * called from the grader's threads, possibly at once for different exercises, so an
 * implementation shared between gradings must be thread-safe. An exception thrown by a
 * listener never stops the grading: it is reported among the grade's problems.
 */
public interface GradingListener {

  /** Hears nothing. */
  GradingListener NONE = new GradingListener() {};

  /** The grading has its plan: the exercises it will grade, in report order. */
  default void gradingStarted(Path submission, List<String> exercises) {}

  /** One run of an exercise ended; {@code index} counts from 0. */
  default void runFinished(String exercise, int index) {}

  /** An exercise has its result. */
  default void exerciseFinished(ExerciseResult result) {}

  /** Every exercise has its result; {@code report} is what {@link Grader#grade} returns. */
  default void gradingFinished(GradeReport report) {}
}

package parproc.grader.observations;

import java.util.List;
import java.util.Optional;
import parproc.grader.runs.RunPurpose;

/**
 * Every run of one exercise of a grading as observed, in the order they were recorded: what the report page and the Trace Event export draw.
 */
public record ObservedExercise(String exercise, List<Observation> runs) {

  public ObservedExercise {
    runs = List.copyOf(runs);
  }

  /** The graded runs, in order. */
  public List<Observation> graded() {
    return runs.stream().filter(run -> run.run().purpose() == RunPurpose.GRADED).toList();
  }

  /** The graded run numbered {@code number} (from 1), if it was recorded. */
  public Optional<Observation> graded(int number) {
    return graded().stream().filter(run -> run.run().index() + 1 == number).findFirst();
  }
}

package parproc.grader.score;

import java.util.List;

/**
 * The grade of a submission: every exercise's result and the totals. This is what reports
 * render; it is computed from recorded runs, never from the reports.
 *
 * @param problems grading-config problems, each located (file, line, field, exercise)
 */
public record GradeReport(
    String submission,
    String python,
    long seed,
    List<ExerciseResult> exercises,
    List<String> problems) {

  public GradeReport {
    exercises = List.copyOf(exercises);
    problems = List.copyOf(problems);
  }

  public int score() {
    return exercises.stream().mapToInt(ExerciseResult::score).sum();
  }

  public int maxScore() {
    return exercises.stream().mapToInt(ExerciseResult::maxScore).sum();
  }

  /** True when the harness could grade everything it was asked to. */
  public boolean complete() {
    return problems.isEmpty()
        && exercises.stream().noneMatch(e -> e.status() == ExerciseStatus.CONFIG_ERROR
            || e.status() == ExerciseStatus.HARNESS_ERROR);
  }

  public boolean allPassed() {
    return exercises.stream().allMatch(ExerciseResult::fullMarks);
  }
}

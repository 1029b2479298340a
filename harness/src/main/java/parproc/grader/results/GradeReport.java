package parproc.grader.results;

import java.util.List;
import java.util.Objects;

/**
 * The grade of a submission: every exercise's result and the totals. This is what reports
 * render; it is computed from recorded runs, never from the reports.
 *
 * @param python the version of the Python that ran the programs; empty when none did
 * @param problems what kept the grading from being whole, each a sentence: grading-config
 *     problems located by file, line, field and exercise, an exercise grading-config does not
 *     have, a reason the grading could not start
 * @param isolation how the runs were kept apart from the grader ("namespace (...)"), or null
 *     when not known (a replayed grading)
 */
public record GradeReport(
    String submission,
    String python,
    long seed,
    List<ExerciseResult> exercises,
    List<String> problems,
    String isolation) {

  /** A report that does not say how its runs were isolated. */
  public GradeReport(String submission, String python, long seed, List<ExerciseResult> exercises,
      List<String> problems) {
    this(submission, python, seed, exercises, problems, null);
  }

  public GradeReport {
    Objects.requireNonNull(submission, "submission");
    python = python == null ? "" : python;
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

  /** The exercises whose runs interfered with the grader, each as "exercise: how". */
  public List<String> interference() {
    return exercises.stream().filter(e -> e.interfered() != null).map(e -> e.id() + ": " + e.interfered()).toList();
  }

  public boolean allPassed() {
    return exercises.stream().allMatch(ExerciseResult::fullMarks);
  }
}

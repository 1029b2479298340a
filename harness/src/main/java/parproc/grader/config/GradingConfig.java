package parproc.grader.config;

import java.util.List;
import java.util.Optional;

/**
 * Every exercise grading-config declares, and the problems of the files that could not be read.
 * A broken file costs only its own exercise.
 */
public record GradingConfig(List<LoadedExercise> exercises, List<ConfigProblem> problems) {

  public GradingConfig {
    exercises = List.copyOf(exercises);
    problems = List.copyOf(problems);
  }

  public Optional<LoadedExercise> exercise(String id) {
    return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The problems that concern one exercise (found by its id in the broken file). */
  public List<ConfigProblem> problemsOf(String exercise) {
    return problems.stream().filter(p -> exercise.equals(p.exercise())).toList();
  }
}

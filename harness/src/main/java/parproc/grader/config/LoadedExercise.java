package parproc.grader.config;

import java.nio.file.Path;

/** An exercise's configuration and the file it came from. */
public record LoadedExercise(Path file, ExerciseConfig config) {

  public String id() {
    return config.exercise();
  }
}

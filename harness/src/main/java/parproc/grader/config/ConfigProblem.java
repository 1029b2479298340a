package parproc.grader.config;

import java.nio.file.Path;

/**
 * Something wrong in grading-config, located for the instructor who must fix it: the file, the
 * line (0 when unknown), the field, and the exercise.
 */
public record ConfigProblem(Path file, int line, String field, String exercise, String message) {

  /** One line: where, then what. */
  public String describe() {
    StringBuilder text = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      text.append(", line ").append(line);
    }
    if (field != null && !field.isEmpty()) {
      text.append(", field '").append(field).append('\'');
    }
    if (exercise != null && !exercise.isEmpty()) {
      text.append(" (exercise ").append(exercise).append(')');
    }
    return text.append(": ").append(message).toString();
  }
}

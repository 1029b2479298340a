package parproc.grader.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;
import parproc.grader.results.GradeReport;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * PrairieLearn's external-grader {@code results.json}: {@code score} from 0 to 1, a message, and a
 * test per visible check with its points. Checks that are not visible count in the score and are
 * not listed. A grading the grader could not complete, or a submission of which nothing could run,
 * is {@code gradable: false}, so it costs the student no attempt.
 */
public final class PrairieLearnReport {

  /** PrairieLearn takes at most 1 MB of results; each test's output is capped well below. */
  static final int OUTPUT_CHARS = 8_000;

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private PrairieLearnReport() {}

  public static String render(GradeReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<String> formatErrors = formatErrors(report);
    root.put("gradable", formatErrors.isEmpty());
    if (!formatErrors.isEmpty()) {
      root.put("format_errors", formatErrors);
    }
    root.put("score", report.maxScore() == 0 ? 0.0 : (double) report.score() / report.maxScore());
    root.put("message", report.score() + "/" + report.maxScore() + " points");
    root.put("output", summary(report));
    List<Object> tests = new ArrayList<>();
    for (ExerciseResult exercise : report.exercises()) {
      for (CheckResult check : exercise.checks()) {
        if (!check.listed()) {
          continue;
        }
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", exercise.id() + ": " + check.id());
        test.put("description", check.description());
        test.put("points", check.score());
        test.put("max_points", check.points());
        test.put("message", message(exercise, check));
        test.put("output", capped(GradescopeReport.output(exercise, check)));
        tests.add(test);
      }
    }
    root.put("tests", tests);
    return JSON.writeValueAsString(root) + "\n";
  }

  private static List<String> formatErrors(GradeReport report) {
    List<String> errors = new ArrayList<>(report.problems());
    for (ExerciseResult exercise : report.exercises()) {
      if (exercise.status() == ExerciseStatus.CONFIG_ERROR || exercise.status() == ExerciseStatus.HARNESS_ERROR) {
        errors.add(exercise.id() + ": the grader could not grade it: " + exercise.message());
      }
    }
    boolean nothingRan = !report.exercises().isEmpty()
        && report.exercises().stream().allMatch(e -> e.status() == ExerciseStatus.NOT_RUN);
    if (nothingRan) {
      report.exercises().forEach(e -> errors.add(e.id() + ": " + e.message()));
    }
    return errors;
  }

  private static String message(ExerciseResult exercise, CheckResult check) {
    if (exercise.status() != ExerciseStatus.GRADED && exercise.status() != ExerciseStatus.HARNESS_ERROR) {
      return exercise.message();
    }
    if (!check.passed()) {
      return check.firstFailure() != null ? exercise.messageApart(check) : check.note();
    }
    return check.note() != null ? check.note() : "Passed in all " + check.runs() + " runs.";
  }

  private static String summary(GradeReport report) {
    StringBuilder text = new StringBuilder("Graded with Python " + report.python() + ", seed " + report.seed() + ".\n");
    for (ExerciseResult exercise : report.exercises()) {
      text.append(exercise.id()).append(": ").append(exercise.score()).append('/').append(exercise.maxScore()).append('\n');
      if (exercise.interfered() != null) {
        text.append("  ").append(exercise.interferenceLine()).append('\n');
      }
    }
    return text.toString();
  }

  private static String capped(String text) {
    return text.length() <= OUTPUT_CHARS ? text : text.substring(0, OUTPUT_CHARS) + "\n... (cut here)";
  }
}

package parproc.grader.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;
import parproc.grader.results.GradeReport;
import parproc.grader.results.OutcomeCount;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gradescope's results.json: one test per check ("procEx2: real-children"), numbered by exercise
 * and check, with the check's points, its status, its visibility from grading-config, and as
 * output its description, its outcomes across runs and, when it failed, the message of the first
 * failing run.
 */
public final class GradescopeReport {

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private GradescopeReport() {}

  /** The results, each check's test carrying the visibility grading-config gives it. */
  public static String render(GradeReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("score", report.score());
    root.put("output", summary(report));
    root.put("output_format", "text");
    root.put("visibility", "visible");
    root.put("stdout_visibility", "hidden");
    List<Object> tests = new ArrayList<>();
    int exerciseNumber = 0;
    for (ExerciseResult exercise : report.exercises()) {
      exerciseNumber++;
      int checkNumber = 0;
      for (CheckResult check : exercise.checks()) {
        checkNumber++;
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", exercise.id() + ": " + check.id());
        test.put("number", exerciseNumber + "." + checkNumber);
        test.put("score", check.score());
        test.put("max_score", check.points());
        test.put("status", check.passed() && exercise.status() == ExerciseStatus.GRADED ? "passed" : "failed");
        test.put("output", output(exercise, check));
        test.put("output_format", "text");
        test.put("tags", List.of(exercise.id()));
        test.put("visibility", check.visibility().word());
        tests.add(test);
      }
    }
    root.put("tests", tests);
    return JSON.writeValueAsString(root) + "\n";
  }

  private static String summary(GradeReport report) {
    StringBuilder text = new StringBuilder("Graded with Python " + report.python() + ", seed " + report.seed()
        + ": " + report.score() + "/" + report.maxScore() + " points.\n");
    if (report.isolation() != null) {
      text.append("Isolation: ").append(report.isolation()).append('\n');
    }
    for (ExerciseResult exercise : report.exercises()) {
      text.append(exercise.id()).append(": ").append(exercise.score()).append('/').append(exercise.maxScore());
      if (exercise.message() != null) {
        text.append(" — ").append(exercise.message());
      }
      text.append('\n');
      if (exercise.interfered() != null) {
        text.append("  ").append(exercise.interferenceLine()).append('\n');
      }
      if (exercise.cause() != null) {
        text.append("  ").append(exercise.causeLine()).append('\n');
      }
    }
    report.problems().forEach(problem -> text.append("Cannot grade: ").append(problem).append('\n'));
    return text.toString();
  }

  /** A check's description, outcomes across runs and first failure, as plain text. */
  static String output(ExerciseResult exercise, CheckResult check) {
    return output(exercise, check, false);
  }

  /**
   * The same; {@code apart} for a report that shows the check apart from its exercise, where the
   * shared cause is told in full in place of the line that refers to it.
   */
  static String output(ExerciseResult exercise, CheckResult check, boolean apart) {
    StringBuilder text = new StringBuilder(check.description()).append('\n');
    if (exercise.status() != ExerciseStatus.GRADED) {
      return text.append('\n').append(exercise.message()).toString();
    }
    text.append("\nOutcomes over ").append(check.runs()).append(" runs:\n");
    for (OutcomeCount count : check.histogram()) {
      text.append(String.format(Locale.ROOT, "  %-40s %4d  %s%n", count.outcome(), count.samples(), count.expect()));
    }
    if (check.firstFailure() != null) {
      text.append("\nRun ").append(check.firstFailure().run()).append(" (").append(check.firstFailure().input())
          .append("):\n").append(apart ? exercise.messageApart(check) : check.firstFailure().message()).append('\n');
    } else if (check.note() != null) {
      text.append('\n').append(check.note()).append('\n');
    }
    return text.toString();
  }
}

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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result that GitHub Classroom's autograding-grading-reporter reads (base64-encoded, from a
 * step's {@code result} output): {@code version}, {@code status}, {@code max_score} and a test
 * per visible check with its score. Classroom adds up the tests' scores, so the checks that are
 * not visible are one unnamed test holding their points.
 */
public final class ClassroomReport {

  /** The name of the test that holds the points of checks not shown. */
  public static final String OTHER_CHECKS = "Other checks (not shown)";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private ClassroomReport() {}

  /** The result as JSON, one line; the workflow base64-encodes it into the step's output. */
  public static String render(GradeReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", 1);
    root.put("status", !report.complete() ? "error" : report.allPassed() ? "pass" : "fail");
    root.put("max_score", report.maxScore());
    List<Object> tests = new ArrayList<>();
    int otherScore = 0;
    int otherChecks = 0;
    boolean otherPassed = true;
    for (String problem : report.problems()) {
      tests.add(test("grading-config", "error", 0, problem, null));
    }
    for (ExerciseResult exercise : report.exercises()) {
      if (exercise.interfered() != null) {
        tests.add(test(exercise.id() + ": interfered", "fail", 0, exercise.interferenceLine(), exercise.file()));
      }
    }
    for (ExerciseResult exercise : report.exercises()) {
      boolean graded = exercise.status() == ExerciseStatus.GRADED || exercise.status() == ExerciseStatus.HARNESS_ERROR;
      if (!graded && exercise.checks().isEmpty() || exercise.status() == ExerciseStatus.HARNESS_ERROR) {
        String status = exercise.status() == ExerciseStatus.NOT_RUN ? "fail" : "error";
        tests.add(test(exercise.id(), status, 0, exercise.message(), exercise.file()));
      }
      for (CheckResult check : exercise.checks()) {
        boolean passed = graded && check.passed();
        int score = graded ? check.score() : 0;
        if (!check.listed()) {
          otherScore += score;
          otherChecks++;
          otherPassed &= passed;
          continue;
        }
        String message = !graded ? exercise.message()
            : passed ? null
            : check.firstFailure() != null ? exercise.messageApart(check) : check.note();
        tests.add(test(exercise.id() + ": " + check.id(), passed ? "pass" : "fail", score, message, exercise.file()));
      }
    }
    if (otherChecks > 0) {
      tests.add(test(OTHER_CHECKS, otherPassed ? "pass" : "fail", otherScore,
          otherChecks + (otherChecks == 1 ? " check" : " checks") + " counted here, not shown one by one", null));
    }
    root.put("tests", tests);
    return JSON.writeValueAsString(root) + "\n";
  }

  /** A test in the reporter's field order; a null message is written as null. */
  private static ObjectNode test(String name, String status, int score, String message, String file) {
    return JSON.createObjectNode()
        .put("name", name)
        .put("status", status)
        .put("score", score)
        .put("message", message)
        .put("filename", file)
        .putNull("line_no")
        .putNull("execution_time");
  }
}

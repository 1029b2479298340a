package parproc.grader.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parproc.grader.histogram.CheckResult;
import parproc.grader.histogram.OutcomeCount;
import parproc.grader.score.ExerciseResult;
import parproc.grader.score.GradeReport;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON report: a contract that users' scripts rely on. Top level {@code score},
 * {@code max_score}, {@code exercises}; each exercise {@code id}, {@code score},
 * {@code max_score}, {@code runs}, {@code checks}; each check {@code id}, {@code description},
 * {@code passed}, {@code failed_runs}, {@code message}. Fields are only ever added.
 */
public final class JsonReport {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private JsonReport() {}

  public static String render(GradeReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("score", report.score());
    root.put("max_score", report.maxScore());
    root.put("submission", report.submission());
    root.put("python", report.python());
    root.put("seed", report.seed());
    root.put("problems", report.problems());
    if (report.isolation() != null) {
      root.put("isolation", report.isolation());
    }
    List<Object> exercises = new ArrayList<>();
    for (ExerciseResult exercise : report.exercises()) {
      exercises.add(exercise(exercise));
    }
    root.put("exercises", exercises);
    return JSON.writeValueAsString(root) + "\n";
  }

  private static Map<String, Object> exercise(ExerciseResult exercise) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", exercise.id());
    node.put("title", exercise.title());
    node.put("status", exercise.status().name().toLowerCase().replace('_', '-'));
    node.put("file", exercise.file());
    node.put("score", exercise.score());
    node.put("max_score", exercise.maxScore());
    node.put("runs", exercise.runs());
    node.put("seed", exercise.seed());
    node.put("message", exercise.message());
    node.put("smallest_failing_input", exercise.smallestFailingInput());
    List<Object> checks = new ArrayList<>();
    for (CheckResult check : exercise.checks()) {
      checks.add(check(check));
    }
    node.put("checks", checks);
    return node;
  }

  private static Map<String, Object> check(CheckResult check) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", check.id());
    node.put("description", check.description());
    node.put("points", check.points());
    node.put("score", check.score());
    node.put("passed", check.passed());
    node.put("failed_runs", check.failedRuns());
    node.put("unjudged_runs", check.unjudgedRuns());
    node.put("message", check.firstFailure() != null ? check.firstFailure().message() : check.note());
    List<Object> histogram = new ArrayList<>();
    for (OutcomeCount count : check.histogram()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("outcome", count.outcome());
      row.put("samples", count.samples());
      row.put("expect", count.expect().name());
      histogram.add(row);
    }
    node.put("histogram", histogram);
    return node;
  }
}

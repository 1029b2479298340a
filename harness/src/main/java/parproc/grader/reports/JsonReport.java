package parproc.grader.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.results.OutcomeCount;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON report: a contract that users' scripts rely on. Top level {@code score},
 * {@code max_score}, {@code exercises}; each exercise {@code id}, {@code score},
 * {@code max_score}, {@code runs}, {@code checks}; each check {@code id}, {@code description},
 * {@code passed}, {@code failed_runs}, {@code message}. Fields are only ever added (but one,
 * {@code smallest_failing_input}, removed with the search that filled it). The records
 * below are the contract: each field in its place, named in snake case. An exercise's
 * {@code cause} is what its failed checks share as their cause (each of those checks' messages
 * refers to it in one line), or null.
 */
public final class JsonReport {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private JsonReport() {}

  public static String render(GradeReport report) {
    return JSON.writeValueAsString(Report.of(report)) + "\n";
  }

  /** The top level; {@code isolation} only where the grading said how runs were kept apart. */
  private record Report(int score, int maxScore, String submission, String python, long seed, List<String> problems,
      @JsonInclude(JsonInclude.Include.NON_NULL) String isolation, List<Exercise> exercises) {

    static Report of(GradeReport report) {
      return new Report(report.score(), report.maxScore(), report.submission(), report.python(), report.seed(),
          report.problems(), report.isolation(), report.exercises().stream().map(Exercise::of).toList());
    }
  }

  /** One exercise; {@code status} is its status in lower case with hyphens ("graded", "not-run", "config-error"). */
  private record Exercise(String id, String title, String status, String file, int score, int maxScore, int runs,
      long seed, String message, List<Check> checks, String interfered, String cause) {

    static Exercise of(ExerciseResult exercise) {
      return new Exercise(exercise.id(), exercise.title(), exercise.status().name().toLowerCase().replace('_', '-'),
          exercise.file(), exercise.score(), exercise.maxScore(), exercise.runs(), exercise.seed(), exercise.message(),
          exercise.checks().stream().map(Check::of).toList(), exercise.interfered(),
          exercise.cause());
    }
  }

  /** One check; {@code message} is its first failure's, else its note. */
  private record Check(String id, String description, int points, int score, boolean passed, int failedRuns,
      int unjudgedRuns, String message, List<Row> histogram) {

    static Check of(CheckResult check) {
      return new Check(check.id(), check.description(), check.points(), check.score(), check.passed(),
          check.failedRuns(), check.unjudgedRuns(),
          check.firstFailure() != null ? check.firstFailure().message() : check.note(),
          check.histogram().stream().map(Row::of).toList());
    }
  }

  /** One row of a check's histogram: an outcome, how many runs had it, and whether it is allowed. */
  private record Row(String outcome, int samples, String expect) {

    static Row of(OutcomeCount count) {
      return new Row(count.outcome(), count.samples(), count.expect().name());
    }
  }
}

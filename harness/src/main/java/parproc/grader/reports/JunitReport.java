package parproc.grader.reports;

import java.util.ArrayList;
import java.util.List;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;
import parproc.grader.results.GradeReport;

/**
 * JUnit's XML report, as Surefire writes it and CI systems read it: one {@code testsuite} per
 * exercise, one {@code testcase} per check, a failed check's message as the failure's text. An
 * exercise the grader could not grade is an {@code error}, not a failure.
 */
public final class JunitReport {

  private JunitReport() {}

  public static String render(GradeReport report) {
    List<String> suites = new ArrayList<>();
    int tests = 0;
    int failures = 0;
    int errors = 0;
    if (!report.problems().isEmpty()) {
      StringBuilder cases = new StringBuilder();
      for (String problem : report.problems()) {
        cases.append(testcase("grading-config", "grade", "error", "cannot grade", problem));
      }
      suites.add(suite("grade", report.problems().size(), 0, report.problems().size(), List.of(), cases));
      tests += report.problems().size();
      errors += report.problems().size();
    }
    for (ExerciseResult exercise : report.exercises()) {
      StringBuilder cases = new StringBuilder();
      int suiteTests = 0;
      int suiteFailures = 0;
      int suiteErrors = 0;
      if (exercise.status() == ExerciseStatus.CONFIG_ERROR
          || exercise.status() == ExerciseStatus.HARNESS_ERROR) {
        suiteTests++;
        suiteErrors++;
        String title = exercise.status() == ExerciseStatus.CONFIG_ERROR
            ? "its grading-config is broken" : "the grader failed: this grade is incomplete";
        cases.append(testcase("grading", exercise.id(), "error", title, exercise.message()));
      }
      for (CheckResult check : exercise.checks()) {
        suiteTests++;
        if (exercise.status() == ExerciseStatus.NOT_RUN) {
          suiteFailures++;
          cases.append(testcase(check.id(), exercise.id(), "failure", "not run", exercise.message()));
        } else if (!check.passed()) {
          suiteFailures++;
          String message = check.firstFailure() != null ? exercise.messageApart(check) : check.note();
          cases.append(testcase(check.id(), exercise.id(), "failure", firstLine(message),
              GradescopeReport.output(exercise, check, true)));
        } else {
          cases.append(testcase(check.id(), exercise.id(), null, null, null));
        }
      }
      if (exercise.checks().isEmpty() && exercise.status() == ExerciseStatus.NOT_RUN) {
        suiteTests++;
        suiteFailures++;
        cases.append(testcase("defined", exercise.id(), "failure", "not run", exercise.message()));
      }
      List<String> properties = new ArrayList<>(List.of(
          property("score", String.valueOf(exercise.score())),
          property("max_score", String.valueOf(exercise.maxScore())),
          property("runs", String.valueOf(exercise.runs())),
          property("seed", String.valueOf(exercise.seed())),
          property("status", exercise.status().name().toLowerCase().replace('_', '-'))));
      if (exercise.interfered() != null) {
        properties.add(property("interfered", exercise.interfered()));
      }
      suites.add(suite(exercise.id(), suiteTests, suiteFailures, suiteErrors, properties, cases));
      tests += suiteTests;
      failures += suiteFailures;
      errors += suiteErrors;
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"").append(Xml.attribute("grade " + report.submission()))
        .append("\" tests=\"").append(tests).append("\" failures=\"").append(failures)
        .append("\" errors=\"").append(errors).append("\">\n");
    suites.forEach(xml::append);
    xml.append("</testsuites>\n");
    return xml.toString();
  }

  private static String suite(String name, int tests, int failures, int errors, List<String> properties,
      CharSequence cases) {
    StringBuilder xml = new StringBuilder("  <testsuite name=\"").append(Xml.attribute(name))
        .append("\" tests=\"").append(tests).append("\" failures=\"").append(failures)
        .append("\" errors=\"").append(errors).append("\" skipped=\"0\">\n");
    if (!properties.isEmpty()) {
      xml.append("    <properties>\n");
      properties.forEach(xml::append);
      xml.append("    </properties>\n");
    }
    return xml.append(cases).append("  </testsuite>\n").toString();
  }

  private static String property(String name, String value) {
    return "      <property name=\"" + Xml.attribute(name) + "\" value=\"" + Xml.attribute(value) + "\"/>\n";
  }

  /** A test case; {@code kind} is null for a pass, else "failure" or "error". */
  private static String testcase(String name, String classname, String kind, String message, String text) {
    StringBuilder xml = new StringBuilder("    <testcase name=\"").append(Xml.attribute(name))
        .append("\" classname=\"").append(Xml.attribute(classname)).append('"');
    if (kind == null) {
      return xml.append("/>\n").toString();
    }
    xml.append(">\n      <").append(kind).append(" message=\"").append(Xml.attribute(String.valueOf(message)))
        .append("\" type=\"").append(kind.equals("failure") ? "check failed" : "not graded").append("\">")
        .append(Xml.text(text == null ? "" : text)).append("</").append(kind).append(">\n");
    return xml.append("    </testcase>\n").toString();
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "failed";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}

package parproc.grader.testing;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which tests fit which system, in one place: on macOS and Windows (our CI's other jobs) the tests
 * that need Linux are skipped, and on Windows those that need POSIX too, each with the reason. The
 * rest (the unit tests, the reference solutions, the jar alone, Windows-style submissions) run
 * everywhere. Registered for every test class through JUnit's extension autodetection.
 */
public final class PlatformSelection implements ExecutionCondition {

  /**
   * Needs Linux: /proc, cgroups, namespaces and setpriv, Linux's fork default (the corpus's
   * outcomes and messages were written for it), or a browser at Linux's place.
   */
  static final List<String> LINUX = List.of(
      "parproc.grader.os.",
      "parproc.grader.runs.isolation.CorrectInEveryIsolationTests",
      "parproc.grader.runs.isolation.HostileProgramsTests",
      "parproc.grader.runs.isolation.IsolationTests",
      "parproc.grader.runs.isolation.NativeSetUpTests",
      "parproc.grader.runs.isolation.OpenAnswersTests",
      "parproc.grader.runs.ProcessRunnerTests",
      "parproc.grader.runs.ProbeTransparencyTests",
      "parproc.grader.grading.CorpusTests",
      "parproc.grader.grading.GraderTests",
      "parproc.grader.grading.PortableGradingTests",
      "parproc.grader.grading.RecordingTests",
      "parproc.grader.grading.RecordedRunsTests",
      "parproc.grader.grading.SubmissionLayoutTests",
      "parproc.grader.platform.",
      "parproc.grader.cli.ClassModeTests",
      "parproc.grader.cli.MainTests",
      "parproc.grader.cli.PageOptionsTests",
      "parproc.grader.gradebook.ClassGradingTests",
      "parproc.grader.gradebook.ClassReportPageTests",
      "parproc.grader.reports.html.ReportPageBrowserTests",
      "parproc.grader.submissions.SurveyTests");

  /** Needs POSIX: os.fork and fcntl in the probe's tests, the fork and forkserver start methods, sh. */
  static final List<String> POSIX = List.of(
      "parproc.grader.runs.ProbePythonTests",
      "parproc.grader.portability.",
      "parproc.grader.project.MavenWrapperTests",
      "parproc.grader.grading.ReferenceSolutionsTests#correctProgramsInOtherStylesGetFullMarks");

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return decide(name(context), os.startsWith("linux"), !os.startsWith("windows"));
  }

  /** Whether the test named {@code test} (a class, or class#method) runs on a system with these traits. */
  static ConditionEvaluationResult decide(String test, boolean linux, boolean posix) {
    if (!linux && matches(LINUX, test)) {
      return ConditionEvaluationResult.disabled("needs Linux (/proc, cgroups, namespaces, or the corpus's fork"
          + " default); CI's Linux jobs run it");
    }
    if (!posix && matches(POSIX, test)) {
      return ConditionEvaluationResult.disabled("needs POSIX (fork, fcntl, sh); CI's Linux and macOS jobs run it");
    }
    return ConditionEvaluationResult.enabled("fits this system");
  }

  private static boolean matches(List<String> selection, String test) {
    return selection.stream().anyMatch(entry -> entry.contains("#") ? test.equals(entry)
        : test.equals(entry) || test.startsWith(entry + "#") || entry.endsWith(".") && test.startsWith(entry));
  }

  private static String name(ExtensionContext context) {
    String type = context.getTestClass().map(Class::getName).orElse("");
    Optional<Method> method = context.getTestMethod();
    return method.map(m -> type + "#" + m.getName()).orElse(type);
  }
}

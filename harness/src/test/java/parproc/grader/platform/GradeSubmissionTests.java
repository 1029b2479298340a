package parproc.grader.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;
import parproc.grader.testing.ShippedConfig;

/**
 * The grading as JUnit tests, as Surefire, an IDE or the Console Launcher runs it: a container
 * per exercise, a test per check, configured by {@code parproc.*} parameters.
 */
class GradeSubmissionTests {

  /** Every test and container that ended, by display name, with how it ended. */
  private static final class Outcomes implements TestExecutionListener {
    final Map<String, TestExecutionResult> byName = new LinkedHashMap<>();
    final List<String> containers = new ArrayList<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
      byName.put(test.getDisplayName(), result);
      if (test.isContainer()) {
        containers.add(test.getDisplayName());
      }
    }
  }

  private static Outcomes run(Map<String, String> parameters) {
    Map<String, String> all = new LinkedHashMap<>(Map.of(
        "parproc.config", ShippedConfig.home().resolve("grading-config").toString()));
    all.putAll(parameters);
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(GradeSubmission.class))
        .configurationParameters(all)
        .enableImplicitConfigurationParameters(false)
        .build();
    Outcomes outcomes = new Outcomes();
    LauncherFactory.create().execute(request, outcomes);
    return outcomes;
  }

  @Test
  void aReplayedCorrectProgramIsAContainerOfPassingChecks() {
    Outcomes outcomes = run(Map.of(
        "parproc.submission", ShippedConfig.home().toString(),
        "parproc.exercises", "manyGreetings3",
        "parproc.replay", ShippedConfig.home().resolve("harness/src/test/resources/recordings/garbled-but-correct")
            .toString()));

    assertThat(outcomes.containers).contains("manyGreetings3 — Execution order and resource contention");
    assertThat(outcomes.byName).containsKeys("finishes-cleanly (1 pts)", "real-children (3 pts)");
    assertThat(outcomes.byName.values()).allSatisfy(result ->
        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
  }

  @Test
  void aFailedCheckIsAFailedTestWithTheStudentsMessage(@TempDir Path work) throws Exception {
    Files.writeString(work.resolve("procEx2.py"), "def procEx2():\n    raise ValueError('no greeting yet')\n");
    Outcomes outcomes = run(Map.of(
        "parproc.submission", work.toString(),
        "parproc.exercises", "procEx2",
        "parproc.runs", "1"));

    TestExecutionResult clean = outcomes.byName.get("finishes-cleanly (1 pts)");
    assertThat(clean.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(clean.getThrowable()).get().isInstanceOf(AssertionFailedError.class);
    assertThat(clean.getThrowable().get().getMessage()).startsWith("finishes-cleanly failed in 1 of 1 runs. Run 1");
  }

  @Test
  void aBadParameterIsNamedAsTheUserGaveIt() {
    Outcomes outcomes = run(Map.of("parproc.runs", "0"));

    TestExecutionResult grade = outcomes.byName.get("grade");
    assertThat(grade.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(grade.getThrowable().get().getMessage()).contains("parproc.runs must be at least 1");
  }

  @Test
  void anUnknownIsolationIsNamedAsTheUserGaveIt() {
    Outcomes outcomes = run(Map.of("parproc.isolation", "jail"));

    assertThat(outcomes.byName.get("grade").getThrowable().get().getMessage())
        .isEqualTo("parproc.isolation: unknown isolation 'jail': use auto, namespace, permissions or none");
  }

  @Test
  void anUnknownExerciseIsAFailedTestNamedGrading() {
    Outcomes outcomes = run(Map.of(
        "parproc.submission", ShippedConfig.home().resolve("reference-solutions").toString(),
        "parproc.exercises", "procEx9"));

    TestExecutionResult grading = outcomes.byName.get("grading");
    assertThat(grading.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(grading.getThrowable().get().getMessage()).startsWith("no exercise 'procEx9' in ");
  }
}

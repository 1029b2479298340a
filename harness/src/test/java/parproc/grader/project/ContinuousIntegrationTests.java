package parproc.grader.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parproc.grader.testing.ShippedConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GitHub Actions workflow that proves what this machine cannot (macOS, Windows, Python 3.8 and
 * 3.14): its triggers, its matrix of systems and Pythons, what each job runs, and the release.
 * It cannot run here; this keeps it saying what the docs say it does.
 */
class ContinuousIntegrationTests {

  private static JsonNode workflow;

  @BeforeAll
  static void readTheWorkflow() {
    workflow = YAMLMapper.builder().build().readTree(ShippedConfig.home().resolve(".github/workflows/ci.yml").toFile());
  }

  @Test
  void itRunsOnPushesToMainTagsPullRequestsAndByHand() {
    // YAML 1.1 reads a bare "on" as true; Jackson's YAML keeps it as the key "on".
    JsonNode on = workflow.has("on") ? workflow.get("on") : workflow.get("true");
    assertThat(names(on)).containsExactlyInAnyOrder("push", "pull_request", "workflow_dispatch");
    assertThat(strings(on.get("push").get("branches"))).containsExactly("main");
    assertThat(strings(on.get("push").get("tags"))).containsExactly("v*");
  }

  @Test
  void linuxRunsPython38311313And314AndMacOsAndWindowsACurrentPython() {
    JsonNode jobs = workflow.get("jobs");
    assertThat(names(jobs)).containsExactly("linux", "macos", "windows", "release");
    JsonNode linux = jobs.get("linux");
    assertThat(strings(linux.get("strategy").get("matrix").get("python"))).containsExactly("3.8", "3.11", "3.13", "3.14");
    assertThat(linux.get("runs-on").asString()).isEqualTo("${{ matrix.os }}");
    assertThat(jobs.get("macos").get("runs-on").asString()).isEqualTo("macos-latest");
    assertThat(jobs.get("windows").get("runs-on").asString()).isEqualTo("windows-latest");
    for (String job : List.of("macos", "windows")) {
      assertThat(setupPython(jobs.get(job))).as(job).isEqualTo("3.13");
    }
    assertThat(setupPython(linux)).isEqualTo("${{ matrix.python }}");
  }

  @Test
  void everyPlatformBuildsTheJarRunsItsTestsAndGradesTheReferenceSolutionsWithTheJarAlone() {
    for (String job : List.of("linux", "macos", "windows")) {
      String steps = workflow.get("jobs").get(job).get("steps").toString();
      assertThat(steps).as(job).containsPattern("mvnw(\\.cmd)? -B -ntp verify")
          .contains("java -jar parproc-grader.jar answers").contains("actions/setup-java@v4");
    }
  }

  @Test
  void aTagPublishesTheJarAsTheReleasesAssetOnceEveryPlatformPassed() {
    JsonNode release = workflow.get("jobs").get("release");
    assertThat(release.get("if").asString()).isEqualTo("startsWith(github.ref, 'refs/tags/v')");
    assertThat(strings(release.get("needs"))).containsExactly("linux", "macos", "windows");
    assertThat(release.get("permissions").get("contents").asString()).isEqualTo("write");
    assertThat(release.get("steps").toString()).contains("gh release upload", "harness/target/parproc-grader.jar");
  }

  private static String setupPython(JsonNode job) {
    for (JsonNode step : job.get("steps")) {
      if (step.path("uses").asString("").startsWith("actions/setup-python@")) {
        return step.get("with").get("python-version").asString();
      }
    }
    throw new AssertionError("no setup-python step in " + job);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.asString()));
    return values;
  }
}

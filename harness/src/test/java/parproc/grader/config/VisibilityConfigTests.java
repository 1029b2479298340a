package parproc.grader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.ShippedConfig;

/** A check's visibility in grading-config: Gradescope's four words, visible when not given. */
class VisibilityConfigTests {

  @TempDir
  Path folder;

  private static final String CONFIG = """
      exercise: procEx
      file: procEx.py
      children: 1
      lines:
        - id: parent
          by: parent
          text: "Hi from process {pid} (parent process)"
      checks:
        - id: greetings
          kind: lines
          points: 3
          description: The parent greets once.
        - id: finishes
          kind: clean-exit
          points: 1
          visibility: VALUE
          description: The program finishes.
      """;

  private GradingConfig load(String visibility) throws IOException {
    Files.writeString(folder.resolve("procEx.yaml"), CONFIG.replace("VALUE", visibility));
    return new ConfigLoader().load(folder);
  }

  @Test
  void eachOfGradescopesWordsIsRead() throws IOException {
    for (Visibility visibility : Visibility.values()) {
      GradingConfig config = load(visibility.word());

      assertThat(config.problems()).isEmpty();
      assertThat(config.exercise("procEx").orElseThrow().config().checks())
          .extracting(CheckSpec::shownTo).containsExactly(Visibility.VISIBLE, visibility);
    }
  }

  @Test
  void anUnknownVisibilityIsNamedWithItsLine() throws IOException {
    assertThat(load("secret").problems()).extracting(ConfigProblem::describe)
        .singleElement().asString()
        .contains("procEx.yaml, line 16, field 'checks[1].visibility' (exercise procEx)", "'secret'", "hidden");
  }

  @Test
  void theShippedConfigShowsEveryCheck() {
    assertThat(ShippedConfig.config().exercises())
        .flatExtracting(e -> e.config().checks()).extracting(CheckSpec::shownTo).containsOnly(Visibility.VISIBLE);
  }
}

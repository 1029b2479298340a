package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one place a grading's defaults live, and the values it refuses. */
class GradingRequestTests {

  @TempDir
  Path home;

  private GradingRequest.Builder inHome() throws Exception {
    Files.createDirectories(home.resolve("exercises"));
    Files.createDirectories(home.resolve("grading-config"));
    return GradingRequest.builder().home(home);
  }

  @Test
  void defaultsGradeTheStartersByTheShippedConfigWithPython3AndRacesExposed() throws Exception {
    GradingRequest request = inHome().build();

    assertThat(request.submission()).isEqualTo(home.resolve("exercises"));
    assertThat(request.config()).isEqualTo(home.resolve("grading-config"));
    assertThat(request.exercises()).isEmpty();
    assertThat(request.python()).isEqualTo("python3");
    assertThat(request.races()).isTrue();
    assertThat(request.runs()).isEmpty();
    assertThat(request.seed()).isEmpty();
    assertThat(request.timeoutSeconds()).isEmpty();
    assertThat(request.record()).isEmpty();
    assertThat(request.replay()).isEmpty();
  }

  @Test
  void aRequestCopiedThroughItsBuilderIsTheSame() throws Exception {
    GradingRequest request = inHome().exercise("procEx").exercise("procEx2").runs(3).seed(7L).races(false)
        .timeoutSeconds(2.5).python("/usr/bin/python3").build();

    assertThat(request.toBuilder().build().toString()).isEqualTo(request.toString());
    assertThat(request.exercises()).containsExactly("procEx", "procEx2");
  }

  @Test
  void badNumbersAreNamedInTheCallersWords() throws Exception {
    assertThatThrownBy(() -> inHome().runs(0).build()).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> assertThat(e.describe(field -> "--" + field.name().toLowerCase())).isEqualTo("--runs must be at least 1"));
    assertThatThrownBy(() -> inHome().timeoutSeconds(0.0).build()).isInstanceOfSatisfying(
        InvalidRequestException.class, e -> assertThat(e.describe(field -> "parproc.timeout"))
            .isEqualTo("parproc.timeout must be more than 0 seconds"));
    assertThatThrownBy(() -> inHome().exercise(" ").build()).hasMessage("exercises cannot name an empty exercise");
  }

  @Test
  void missingFoldersAreNamed() throws Exception {
    assertThatThrownBy(() -> GradingRequest.builder().home(home).build())
        .hasMessage("no grading-config folder at " + home.resolve("grading-config").toAbsolutePath());
    Files.createDirectories(home.resolve("grading-config"));
    assertThatThrownBy(() -> GradingRequest.builder().home(home).build())
        .hasMessage("no such folder: " + home.resolve("exercises"));
    assertThatThrownBy(() -> GradingRequest.builder().home(home).replay(home.resolve("saved")).build())
        .hasMessage("no recording at " + home.resolve("saved"));
  }
}

package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import parproc.grader.config.CheckSpec;
import parproc.grader.testing.ShippedConfig;

/** The registry of check kinds, the check classes and the table in docs/grading-config.md all list the same kinds. */
class CheckKindsTests {

  private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\|");

  /** The kinds in the table of docs/grading-config.md, in order. */
  private static List<String> documentedKinds() throws IOException {
    List<String> lines = Files.readAllLines(ShippedConfig.home().resolve("docs/grading-config.md"));
    List<String> kinds = new ArrayList<>();
    int table = lines.indexOf("**Check kinds:**");
    assertThat(table).as("docs/grading-config.md has a table under **Check kinds:**").isNotNegative();
    for (String line : lines.subList(table + 1, lines.size())) {
      if (!kinds.isEmpty() && !line.startsWith("|")) {
        break;
      }
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        kinds.add(row.group(1));
      }
    }
    return kinds;
  }

  @Test
  void theTableInDocsGradingConfigListsTheKindsOfTheRegistryInOrder() throws IOException {
    assertThat(documentedKinds()).containsExactlyElementsOf(CheckSpec.kinds());
  }

  @Test
  void everyKindHasItsCheckClassTakingItsSpec() throws ReflectiveOperationException {
    for (Class<?> spec : CheckSpec.types()) {
      Class<?> check = Class.forName(Checks.checkClassName(spec));

      assertThat(Check.class).as(check.getSimpleName()).isAssignableFrom(check);
      assertThat(check.getDeclaredConstructor(spec)).isNotNull();
    }
  }

  @Test
  void everyKindIsUsedByTheShippedConfigAndBuildsItsCheck() {
    List<String> used = ShippedConfig.config().exercises().stream()
        .flatMap(exercise -> Checks.of(exercise.config()).stream())
        .map(check -> CheckSpec.kind(check.spec().getClass()))
        .distinct()
        .toList();

    assertThat(used).containsExactlyInAnyOrderElementsOf(CheckSpec.kinds());
  }
}

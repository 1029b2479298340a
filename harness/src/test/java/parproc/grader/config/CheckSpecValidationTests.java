package parproc.grader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each check kind's parameters must get right about the rest of the exercise. */
class CheckSpecValidationTests {

  @TempDir
  Path folder;

  private static final String SEND = """
      exercise: sendName
      children: 1
      input:
        stdin: "{name}\\n"
        fields:
          - name: name
            kind: person-name
      lines:
        - id: hello
          by: child
          text: "Well, hi {input.name}"
        - id: sum
          by: parent
          text: "Sum: {number:sum}"
      checks:
        - id: greets
          kind: pids
          lines: [hello]
          points: 1
          description: The child greets.
        - id: through-queue
          kind: received
          line: hello
          value: "{input.name}"
          shows: greet the name
          variable: name
          points: 1
          description: The name came through the queue.
        - id: plausible
          kind: plausible-sum
          line: sum
          capture: sum
          producers: 2
          draws: 10
          low: 1
          high: 6
          count_variable: numNumbers
          points: 1
          description: The sum is plausible.
      """;

  private List<String> problems(String text) throws IOException {
    Files.writeString(folder.resolve("sendName.yaml"), text);
    return new ConfigLoader().load(folder).problems().stream().map(ConfigProblem::describe)
        .map(p -> p.replace(folder.toString(), "<dir>")).toList();
  }

  @Test
  void theExercisesWordsForMessagesAreAccepted() throws IOException {
    assertThat(problems(SEND)).isEmpty();
  }

  @Test
  void aListOfLinesNamingNoLineIsFoundAtItsField() throws IOException {
    assertThat(problems(SEND.replace("lines: [hello]", "lines: [hello, bye]"))).containsExactly(
        "<dir>/sendName.yaml, line 18, field 'checks.greets.lines' (exercise sendName): no line has the id"
            + " 'bye'; the lines are: hello, sum");
  }

  @Test
  void theProgramsNameForACountMustBeAPythonName() throws IOException {
    assertThat(problems(SEND.replace("count_variable: numNumbers", "count_variable: num numbers"))).containsExactly(
        "<dir>/sendName.yaml, line 37, field 'checks.plausible.count_variable' (exercise sendName):"
            + " 'num numbers' is not a Python name");
  }

  @Test
  void whatALineDoesWithTheValueCannotBeBlank() throws IOException {
    assertThat(problems(SEND.replace("shows: greet the name", "shows: \" \""))).containsExactly(
        "<dir>/sendName.yaml, line 25, field 'checks.through-queue.shows' (exercise sendName):"
            + " say what each line does with the value");
  }

  @Test
  void aStdinPlaceholderNamingNoFieldIsFound() throws IOException {
    assertThat(problems(SEND.replace("stdin: \"{name}\\n\"", "stdin: \"{nam}\\n\""))).containsExactly(
        "<dir>/sendName.yaml, line 4, field 'input.stdin' (exercise sendName): '{nam}' names no input field");
  }

  @Test
  void aStdinTemplateWithABraceLeftOpenIsFound() throws IOException {
    assertThat(problems(SEND.replace("stdin: \"{name}\\n\"", "stdin: \"{name\\n\""))).containsExactly(
        "<dir>/sendName.yaml, line 4, field 'input.stdin' (exercise sendName): a '{' without its '}' at position 1");
  }
}

package parproc.grader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.OddNames;
import parproc.grader.testing.ShippedConfig;

class ConfigLoaderTests {

  @TempDir
  Path folder;

  private static final String GOOD = """
      exercise: procEx
      file: procEx.py
      children: 1
      lines:
        - id: parent
          by: parent
          text: "Hi from process {pid} (parent process)"
        - id: greeting
          by: child
          text: "Hi from process {pid}"
      checks:
        - id: greetings
          kind: lines
          points: 3
          description: The parent greets once, and one child greets once.
        - id: parent-first
          kind: order
          first: parent
          then: greeting
          points: 1
          description: The parent's greeting comes first.
      """;

  private List<String> problems(String text) throws IOException {
    Files.writeString(folder.resolve("procEx.yaml"), text);
    return new ConfigLoader().load(folder).problems().stream().map(ConfigProblem::describe)
        .map(p -> p.replace(folder.toString(), "<dir>")).toList();
  }

  @Test
  void theShippedConfigDeclaresTheTwelveProgramsOfTheModule() {
    GradingConfig config = ShippedConfig.config();

    assertThat(config.problems()).isEmpty();
    assertThat(config.exercises()).extracting(LoadedExercise::id).containsExactlyInAnyOrder(
        "procEx", "procEx2", "manyGreetings", "manyGreetings2", "manyGreetings3", "manyGreetings4",
        "assignDiggers", "sendName", "sendName2", "haveToWait", "addTwoPar", "addManyPar");
    assertThat(config.exercises()).allSatisfy(e -> assertThat(e.config().maxPoints()).isEqualTo(10));
  }

  @Test
  void aFileWhoseNameIsNotUtf8IsNamedAndLeftOutAndTheOthersLoad() throws Exception {
    Files.writeString(folder.resolve("procEx.yaml"), GOOD);
    OddNames.make(folder, "open(b'bad\\xff.yaml', 'w').write('exercise: procEx')");

    GradingConfig config = new ConfigLoader().load(folder);

    assertThat(config.exercises()).extracting(LoadedExercise::id).containsExactly("procEx");
    assertThat(config.problems()).extracting(ConfigProblem::describe)
        .containsExactly(folder + ": bad\\xff.yaml: a name that is not valid UTF-8; left out");
  }

  @Test
  void aGoodFileHasNoProblem() throws IOException {
    assertThat(problems(GOOD)).isEmpty();
  }

  @Test
  void anUnknownFieldIsNamedWithItsLineAndTheFieldsAllowed() throws IOException {
    assertThat(problems(GOOD.replace("file: procEx.py", "fiel: procEx.py"))).containsExactly(
        "<dir>/procEx.yaml, line 2, field 'fiel' (exercise procEx): unknown field 'fiel'; the fields here are:"
            + " checks, children, exercise, file, input, kind, limits, lines, runs, sleep_scale, timeout_seconds, title");
  }

  @Test
  void aMissingFieldIsNamedAndAMisspellingOfItPointedAt() throws IOException {
    assertThat(problems(GOOD.replace("    points: 3", "    pionts: 3"))).containsExactly(
        "<dir>/procEx.yaml, line 14, field 'checks[0].points' (exercise procEx): missing field 'points'"
            + " (line 14 has 'pionts': a misspelling?)");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() throws IOException {
    assertThat(problems(GOOD.replace("points: 3", "points: three"))).containsExactly(
        "<dir>/procEx.yaml, line 14, field 'checks[0].points' (exercise procEx): expected a whole number, found 'three'");
  }

  @Test
  void anUnknownCheckKindListsTheKinds() throws IOException {
    assertThat(problems(GOOD.replace("kind: order", "kind: ordre"))).singleElement().asString()
        .startsWith("<dir>/procEx.yaml, line 17, field 'checks[1].kind' (exercise procEx): unknown check kind 'ordre';"
            + " the kinds are: clean-exit, lines, intact, pids, children, shared-lock, order");
  }

  @Test
  void aReferenceToAnUnknownLineIsFound() throws IOException {
    assertThat(problems(GOOD.replace("then: greeting", "then: greting"))).containsExactly(
        "<dir>/procEx.yaml, line 19, field 'checks.parent-first.then' (exercise procEx): no line has the id"
            + " 'greting'; the lines are: parent, greeting");
  }

  @Test
  void aBrokenTemplateIsFound() throws IOException {
    assertThat(problems(GOOD.replace("\"Hi from process {pid}\"", "\"Hi from process {pid\""))).containsExactly(
        "<dir>/procEx.yaml, line 10, field 'lines.greeting.text' (exercise procEx): a '{' without its '}' at position 17");
  }

  @Test
  void invalidYamlIsReportedAtItsLine() throws IOException {
    assertThat(problems("exercise: procEx\nlines: [\n")).singleElement().asString()
        .startsWith("<dir>/procEx.yaml, line 2, field 'lines' (exercise procEx): not valid YAML:");
  }

  @Test
  void oneBrokenFileDoesNotStopTheOthers() throws IOException {
    Files.writeString(folder.resolve("a.yaml"), GOOD);
    Files.writeString(folder.resolve("b.yaml"), GOOD.replace("procEx", "procEx2").replace("points: 3", "points: x"));

    GradingConfig config = new ConfigLoader().load(folder);

    assertThat(config.exercises()).extracting(LoadedExercise::id).containsExactly("procEx");
    assertThat(config.problemsOf("procEx2")).hasSize(1);
  }

  @Test
  void theSameExerciseTwiceIsAProblem() throws IOException {
    Files.writeString(folder.resolve("a.yaml"), GOOD);
    Files.writeString(folder.resolve("b.yaml"), GOOD);

    GradingConfig config = new ConfigLoader().load(folder);

    assertThat(config.problems()).singleElement().extracting(ConfigProblem::message).asString()
        .startsWith("the exercise is already configured in");
  }
}

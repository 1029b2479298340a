package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import java.util.Map;
import org.junit.jupiter.api.Test;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.testing.ScriptedRun;

class LinesCheckTests {

  /** procEx2's parent line and children started, without their greetings yet. */
  private static ScriptedRun procEx2Started() {
    return ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").start(100, 102, "sayHi").start(100, 103, "sayHi");
  }

  @Test
  void childrenWritingInTheMiddleOfEachOthersLinesLoseNothing() {
    // A correct procEx2 with f-strings: text and newline are two writes, and they interleave.
    ScriptedRun run = procEx2Started()
        .write(101, "Hi from process 101").write(102, "Hi from process 102").write(103, "Hi from ")
        .write(101, "\n").write(103, "process 103").write(102, "\n").write(103, "\n");

    Verdict verdict = verdict("procEx2", "greetings", run.build("procEx2"));

    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void aMissingGreetingIsNamedWithHowManyWerePrinted() {
    ScriptedRun run = procEx2Started().print(101, "Hi from process", "101").print(102, "Hi from process", "102");

    Verdict verdict = verdict("procEx2", "greetings", run.build("procEx2"));

    assertThat(verdict.outcome()).isEqualTo("1 missing");
    assertThat(verdict.message()).isEqualTo("""
        Expected these lines, in any order:
          Hi from process <pid> (parent process)  (once, by the parent)
          Hi from process <pid>  (3 times, by a child),
        but missing: "Hi from process <pid>" (printed 2 of 3 times)
        Try: compare your output with the expected lines above, word for word.""");
    assertThat(verdict.evidence().observed()).containsExactly(
        "[parent] Hi from process 100 (parent process)", "[child 101] Hi from process 101",
        "[child 102] Hi from process 102");
  }

  @Test
  void aGreetingPrintedTwiceIsTooOften() {
    ScriptedRun run = procEx2Started().print(101, "Hi from process", "101").print(102, "Hi from process", "102")
        .print(103, "Hi from process", "103").print(103, "Hi from process", "103");

    Verdict verdict = verdict("procEx2", "greetings", run.build("procEx2"));

    assertThat(verdict.outcome()).isEqualTo("1 too often");
    assertThat(verdict.message()).contains(
        "but too often: \"Hi from process <pid>\" (printed 4 times, expected 3 times)");
  }

  @Test
  void anExtraLineIsNotExpected() {
    ScriptedRun run = procEx2Started().print(101, "Hi from process", "101").print(102, "Hi from process", "102")
        .print(103, "Hi from process", "103").print(100, "All done!");

    Verdict verdict = verdict("procEx2", "greetings", run.build("procEx2"));

    assertThat(verdict.message()).contains("but not expected: \"All done!\" (not an expected line)");
  }

  @Test
  void childLinesPrintedByTheParentAreByTheWrongProcess() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .print(100, "Hi from process", "4321").print(100, "Hi from process", "4322")
        .print(100, "Hi from process", "4323");

    Verdict verdict = verdict("procEx2", "greetings", run.build("procEx2"));

    assertThat(verdict.outcome()).isEqualTo("3 by the wrong process");
    assertThat(verdict.message()).isEqualTo("""
        Expected these lines, in any order:
          Hi from process <pid> (parent process)  (once, by the parent)
          Hi from process <pid>  (3 times, by a child),
        but:
          - "Hi from process 4321" was printed by the parent, not by a child
          - "Hi from process 4322" was printed by the parent, not by a child
          - "Hi from process 4323" was printed by the parent, not by a child
        Try: each child prints its own line in the function it runs (its target); the parent only starts it.""");
  }

  @Test
  void aWorkerDiggingTheWrongHoleIsShownTheHoleItShouldDig() {
    String[] workers = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
    ScriptedRun run = ScriptedRun.root(100).lockCreated(100, "L1");
    for (int i = 0; i < 10; i++) {
      run.start(100, 200 + i, "dig");
    }
    for (int i = 0; i < 10; i++) {
      run.acquire(200 + i, "L1")
          .print(200 + i, "Hiddy-ho! I'm worker", workers[i], "and today I have to dig hole", String.valueOf(i == 3 ? 5 : i))
          .release(200 + i, "L1");
    }

    Verdict verdict = verdict("assignDiggers", "workers", run.build("assignDiggers"));

    assertThat(verdict.message()).contains("""
        but:
          - missing: "Hiddy-ho! I'm worker D and today I have to dig hole 3"
          - not expected: "Hiddy-ho! I'm worker D and today I have to dig hole 5" (expected "Hiddy-ho! I'm worker D and today I have to dig hole 3")""");
  }

  @Test
  void whiteSpaceApostrophesAndTheParentLabelCompareLoosely() {
    String[] workers = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
    ScriptedRun run = ScriptedRun.root(100).lockCreated(100, "L1");
    for (int i = 0; i < 10; i++) {
      run.start(100, 200 + i, "dig");
    }
    for (int i = 0; i < 10; i++) {
      run.acquire(200 + i, "L1")
          .print(200 + i, "Hiddy-ho!  I\u2019m worker", workers[i], "and today I have to dig hole ", String.valueOf(i))
          .release(200 + i, "L1");
    }

    assertThat(verdict("assignDiggers", "workers", run.build("assignDiggers")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void outputThatBypassedTheProbeAndIsMixedIsNotJudged() {
    ScriptedRun run = ScriptedRun.root(100).start(100, 101, "sayHi").start(100, 102, "sayHi")
        .untracedOutput("Hi from process 100 (parent process)\nHi from proHi from process 102\ncess 101\n");

    Verdict verdict = verdict("procEx2", "greetings", run.build("procEx2"));

    assertThat(verdict.status()).isEqualTo(Status.UNJUDGED);
  }

  @Test
  void outputThatBypassedTheProbeButIsWholeIsStillJudged() {
    ScriptedRun run = ScriptedRun.root(100)
        .untracedOutput("Hi from process 100 (parent process)\nHi from process 101\n");

    Verdict verdict = verdict("procEx2", "greetings", run.build("procEx2"));

    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("missing: \"Hi from process <pid>\" (printed 1 of 3 times)");
  }

  @Test
  void rightWordsPrintedPastTheProbeEarnNothingSinceTheirWritersAreUnknown() {
    // The parent prints both lines past the probe: the words are right, who printed them is not seen.
    ScriptedRun run = ScriptedRun.root(100)
        .untracedOutput("Hi from process 100 (parent process)\nHi from process 101\n");

    Verdict verdict = verdict("procEx", "greetings", run.build("procEx"));

    assertThat(verdict.status()).isEqualTo(Status.UNJUDGED);
    assertThat(verdict.outcome()).isEqualTo("writers unknown");
  }

  /** manyGreetings2 after its two prompts and reads. */
  private static ScriptedRun manyGreetings2(String name, int count, String namePrompt, String countPrompt) {
    return ScriptedRun.root(100).input(Map.of("name", name, "count", String.valueOf(count)), name + "\n" + count + "\n")
        .write(100, namePrompt).read(100).write(100, countPrompt).read(100);
  }

  @Test
  void noGreetingForACountOfZeroAndThePromptsAreNotLines() {
    ScriptedRun run = manyGreetings2("Mary Ann", 0, "Enter your name: ", "How many processes? ").returned();

    Verdict verdict = verdict("manyGreetings2", "greetings", run.build("manyGreetings2"));

    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void anyPromptWrittenJustBeforeReadingIsNotALine() {
    ScriptedRun run = manyGreetings2("Zoë", 1, "Name? ", "Count? ").start(100, 101, "sayHi2").print(101, "Hi", "Zoë", "from process", "101");

    Verdict verdict = verdict("manyGreetings2", "greetings", run.build("manyGreetings2"));

    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void aGreetingWithAnotherNameIsNotTheExpectedLine() {
    // The one child's one line stands for the greeting (its pid is judged), but its words are not it.
    ScriptedRun run = manyGreetings2("O'Brien", 1, "Enter your name: ", "How many processes? ")
        .start(100, 101, "sayHi2").print(101, "Hi", "Jimmy", "from process", "101");

    Verdict verdict = verdict("manyGreetings2", "greetings", run.build("manyGreetings2"));

    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains(
        "you printed \"Hi Jimmy from process 101\" where \"Hi O'Brien from process <pid>\" was expected");
  }

  @Test
  void aGreetingWithAnotherNameAmongOtherLinesIsNotExpected() {
    ScriptedRun run = manyGreetings2("O'Brien", 1, "Enter your name: ", "How many processes? ")
        .start(100, 101, "sayHi2").print(101, "Hi", "Jimmy", "from process", "101").print(101, "Bye");

    Verdict verdict = verdict("manyGreetings2", "greetings", run.build("manyGreetings2"));

    assertThat(verdict.message()).contains(
        "missing: \"Hi O'Brien from process <pid>\"", "not expected: \"Hi Jimmy from process 101\"");
  }
}

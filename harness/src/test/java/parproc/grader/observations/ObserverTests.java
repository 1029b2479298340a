package parproc.grader.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import parproc.grader.runs.RawRun;
import parproc.grader.testing.ScriptedRun;

class ObserverTests {

  private final Observer observer = new Observer(List.of("Enter your name: "));

  @Test
  void eachProcessesWritesAreJoinedIntoItsOwnLines() {
    RawRun run = ScriptedRun.root(1).start(1, 2, "a").start(1, 3, "a")
        .write(2, "Hi from").write(3, "Hi from").write(3, " process 3", "\n").write(2, " process 2", "\n").build("x");

    Observation observation = observer.observe(run);

    assertThat(observation.traceComplete()).isTrue();
    assertThat(observation.printedLines()).extracting(OutputLine::raw)
        .containsExactly("Hi fromHi from process 3", " process 2");
    assertThat(observation.processLines()).extracting(OutputLine::text, OutputLine::writer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Hi from process 3", 3L),
            org.assertj.core.groups.Tuple.tuple("Hi from process 2", 2L));
  }

  @Test
  void theLocksHeldAtEachWriteAreKeptPerLine() {
    RawRun run = ScriptedRun.root(1).start(1, 2, "a").acquire(2, "L").write(2, "Hi").release(2, "L").write(2, "\n")
        .build("x");

    OutputLine line = observer.observe(run).processLines().get(0);

    assertThat(line.heldPerWrite()).containsExactly(List.of("L"), List.of());
    assertThat(line.heldThroughout()).isEmpty();
    assertThat(line.someWriteUnlocked()).isTrue();
  }

  @Test
  void textWrittenJustBeforeAReadIsAPromptAndIsStrippedFromTheCapturedOutputToo() {
    RawRun run = ScriptedRun.root(1).write(1, "Your count? ").read(1).start(1, 2, "a").print(2, "Hi", "Al").build("x");

    Observation observation = observer.observe(run);

    assertThat(observation.processLines()).extracting(OutputLine::text).containsExactly("Hi Al");
    assertThat(observation.printedLines()).extracting(OutputLine::text).containsExactly("Hi Al");
  }

  @Test
  void linesWrittenBeforeReadingStdinArePromptsToo() {
    RawRun run = ScriptedRun.root(1).print(1, "Name please:").read(1).start(1, 2, "a").print(2, "Hi", "Al")
        .print(1, "done").build("x");

    Observation observation = observer.observe(run);

    assertThat(observation.processLines()).extracting(OutputLine::text).containsExactly("Hi Al", "done");
    assertThat(observation.printedLines()).extracting(OutputLine::text).containsExactly("", "Hi Al", "done");
  }

  @Test
  void outputThatBypassedTheProbeMakesTheTraceIncomplete() {
    RawRun run = ScriptedRun.root(1).print(1, "Hi").untracedOutput("from os.fdopen\n").build("x");

    Observation observation = observer.observe(run);

    assertThat(observation.traceComplete()).isFalse();
    assertThat(observation.judgedLines()).isEqualTo(observation.printedLines());
  }

  @Test
  void normalisingFoldsSpacesAndApostrophes() {
    assertThat(TextNormalizer.normalize("  Hiddy-ho!  I\u2019m\tworker A  ")).isEqualTo("Hiddy-ho! I'm worker A");
    assertThat(TextNormalizer.stripPrompts("Enter your name: How many? Hi", List.of("Enter your name:", "How many?")))
        .isEqualTo("Hi");
  }

  @Test
  void numbersCompareAsNumbers() {
    assertThat(Numbers.parse("7.0")).hasValueSatisfying(v -> assertThat(Numbers.same(v, new BigDecimal("7"))).isTrue());
    assertThat(Numbers.parse("-9.007199254740992e+15")).hasValueSatisfying(
        v -> assertThat(Numbers.plain(v)).isEqualTo("-9007199254740992"));
    assertThat(Numbers.parse("seven")).isEmpty();
  }
}

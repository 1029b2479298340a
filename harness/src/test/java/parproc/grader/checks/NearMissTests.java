package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The word-by-word similarity of a printed line to an expected one, and the values it reads. */
class NearMissTests {

  private static final NearMiss.Expected CHILD_GREETING = NearMiss.expected(List.of(
      new NearMiss.Literal("Hi from process "), new NearMiss.Slot("pid", NearMiss.SlotKind.INTEGER)));

  private static final NearMiss.Expected DIGGER_A = NearMiss.expected(List.of(
      new NearMiss.Literal("Hiddy-ho! I'm worker "), new NearMiss.Literal("A", true),
      new NearMiss.Literal(" and today I have to dig hole "), new NearMiss.Literal("0", true)));

  @Test
  void aReplacedWordCostsOneWordAndIsMarkedOnBothSides() {
    NearMiss.Alignment alignment = NearMiss.align(CHILD_GREETING, "Hello from process 4242");

    assertThat(alignment.similarity()).isEqualTo(0.75);
    assertThat(alignment.close()).isTrue();
    assertThat(alignment.captures()).containsEntry("pid", "4242");
    assertThat(alignment.printedMarked()).isEqualTo("[Hello] from process 4242");
    assertThat(alignment.expectedMarked()).isEqualTo("[Hi] from process <pid>");
  }

  @Test
  void punctuationCaseAndSpacingAreNotWords() {
    NearMiss.Alignment alignment = NearMiss.align(CHILD_GREETING, "HI, from process: 17!");

    assertThat(alignment.sameWords()).isTrue();
    assertThat(alignment.captures()).containsEntry("pid", "17");
    assertThat(alignment.printedMarked()).isEqualTo("HI, from process: 17!");
  }

  @Test
  void theDiggerOfTheModuleRewordedIsCloseAndItsValuesAreKept() {
    NearMiss.Alignment alignment = NearMiss.align(DIGGER_A, "Hi, I'm digger A and I have to dig hole 0");

    assertThat(alignment.close()).isTrue();
    assertThat(alignment.printedMarked()).isEqualTo("[Hi], I'm [digger] A and I have to dig hole 0");
    assertThat(alignment.expectedMarked()).isEqualTo("[Hiddy]-[ho]! I'm [worker] A and [today] I have to dig hole 0");
  }

  @Test
  void aDifferentValueIsAnotherLineNotARewording() {
    assertThat(NearMiss.align(DIGGER_A, "Hiddy-ho! I'm worker A and today I have to dig hole 1").close()).isFalse();
    assertThat(NearMiss.align(DIGGER_A, "Hiddy-ho! I'm worker B and today I have to dig hole 0").close()).isFalse();
  }

  @Test
  void aValueIsNotTakenWhenTwoNumbersCouldStandForIt() {
    NearMiss.Alignment alignment = NearMiss.align(CHILD_GREETING, "Hi from process 3 4242");

    assertThat(alignment.close()).isTrue();
    assertThat(alignment.captures()).doesNotContainKey("pid");
  }

  @Test
  void aNegativeNumberKeepsItsSign() {
    NearMiss.Expected sum = NearMiss.expected(List.of(
        new NearMiss.Literal("The sum is: "), new NearMiss.Slot("sum", NearMiss.SlotKind.NUMBER)));

    assertThat(NearMiss.align(sum, "the sum = -12").captures()).containsEntry("sum", "-12");
    assertThat(NearMiss.align(sum, "the sum = 7.5").captures()).containsEntry("sum", "7.5");
  }

  @Test
  void aLineWithNoWordInCommonIsNotClose() {
    assertThat(NearMiss.align(CHILD_GREETING, "4242").close()).isFalse();
    assertThat(NearMiss.align(CHILD_GREETING, "Goodbye cruel world 5").close()).isFalse();
  }

  /** Any spelling of the expected words with other punctuation, case and spacing is the same line. */
  @TestFactory
  Stream<DynamicTest> punctuationAndCaseNeverChangeTheWords() {
    Random random = new Random(20261126L);
    String[] marks = {" ", "  ", ", ", "! ", " - ", ": ", "... "};
    return IntStream.range(0, 40).mapToObj(sample -> {
      long pid = 1 + random.nextInt(4_000_000);
      String[] words = {"Hi", "from", "process", String.valueOf(pid)};
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < words.length; k++) {
        String word = random.nextBoolean() ? words[k].toUpperCase() : words[k].toLowerCase();
        text.append(word).append(k == words.length - 1 ? "" : marks[random.nextInt(marks.length)]);
      }
      String printed = text.toString();
      return DynamicTest.dynamicTest(printed, () -> {
        NearMiss.Alignment alignment = NearMiss.align(CHILD_GREETING, printed);
        assertThat(alignment.sameWords()).isTrue();
        assertThat(alignment.captures()).containsEntry("pid", String.valueOf(pid));
      });
    });
  }
}

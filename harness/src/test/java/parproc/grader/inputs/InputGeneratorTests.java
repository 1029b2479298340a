package parproc.grader.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.config.InputSpec;
import parproc.grader.testing.ShippedConfig;

/**
 * Generated stdin, checked as properties over many seeds. A failure names its seed and the
 * failing input.
 */
class InputGeneratorTests {

  private static final long SEED = Long.getLong("parproc.seed", 20261126L);
  private static final BigInteger TWO_TO_53 = BigInteger.TWO.pow(53);

  private static InputGenerator generator(String exercise) {
    return new InputGenerator(ShippedConfig.exercise(exercise).inputSpec().orElseThrow());
  }

  interface Property {
    String violation(RunInput input);
  }

  /** Checks a property on 40 inputs from each of 50 seeds. */
  private static void forAll(String exercise, Property property) {
    InputGenerator generator = generator(exercise);
    Random seeds = new Random(SEED);
    for (int i = 0; i < 50; i++) {
      long seed = seeds.nextLong();
      for (RunInput input : generator.inputs(40, seed)) {
        String violation = property.violation(input);
        if (violation != null) {
          throw new AssertionError("seed " + seed + ": " + violation + " for " + input.describe());
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> generatedInputsStayWithinTheirLimits() {
    return Stream.of(
        DynamicTest.dynamicTest("manyGreetings2 names are printable and counts 0..12", () ->
            forAll("manyGreetings2", input -> {
              String name = input.values().get("name");
              int count = Integer.parseInt(input.values().get("count"));
              if (name.isEmpty() || !name.equals(name.strip()) || name.contains("  ") || name.contains("\n")) {
                return "badly spaced name '" + name + "'";
              }
              return count < 0 || count > 12 ? "count " + count + " out of 0..12" : null;
            })),
        DynamicTest.dynamicTest("addTwoPar sums stay within 2^53, where floats are exact", () ->
            forAll("addTwoPar", input -> {
              BigInteger a = new BigInteger(input.values().get("a"));
              BigInteger b = new BigInteger(input.values().get("b"));
              return a.add(b).abs().compareTo(TWO_TO_53) > 0 ? "sum beyond 2^53" : null;
            })),
        DynamicTest.dynamicTest("stdin is the values, one per line", () ->
            forAll("addTwoPar", input -> input.stdin().equals(input.values().get("a") + "\n" + input.values().get("b") + "\n")
                ? null : "stdin " + input.stdin())));
  }

  @Test
  void theHandPickedCasesComeFirstThenRandomOnes() {
    List<RunInput> inputs = generator("manyGreetings2").inputs(8, 1);

    assertThat(inputs).extracting(RunInput::origin)
        .containsExactly("case 1", "case 2", "case 3", "case 4", "case 5", "random", "random", "random");
    assertThat(inputs).extracting(i -> i.values().get("count")).startsWith("3", "0", "1", "5", "12");
    assertThat(inputs.get(2).values().get("name")).isEqualTo("Zoë");
  }

  @Test
  void aSeedReproducesItsInputs() {
    assertThat(generator("addTwoPar").inputs(20, 77)).isEqualTo(generator("addTwoPar").inputs(20, 77));
    assertThat(generator("addTwoPar").inputs(20, 77)).isNotEqualTo(generator("addTwoPar").inputs(20, 78));
  }

  @Test
  void randomNamesIncludeSpacesApostrophesAndLettersBeyondAscii() {
    List<String> names = generator("manyGreetings2").inputs(400, 3).stream()
        .map(i -> i.values().get("name")).toList();

    assertThat(names).anyMatch(n -> n.contains(" ")).anyMatch(n -> n.contains("'"))
        .anyMatch(n -> n.chars().anyMatch(c -> c > 127));
  }

  @Test
  void inputSpecRendersTheStdinTemplate() {
    InputSpec spec = ShippedConfig.exercise("manyGreetings2").inputSpec().orElseThrow();

    assertThat(spec.render(Map.of("name", "Mary Ann", "count", "0"))).isEqualTo("Mary Ann\n0\n");
  }
}

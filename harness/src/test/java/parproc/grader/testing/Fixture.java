package parproc.grader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A Python fixture of the project's corpus, read from its header lines:
 * {@code # Shows:}, {@code # Exercise:}, and {@code # Loses:} (the checks it must fail) or
 * {@code # Expect:} ({@code full-marks}, {@code timeout}, or {@code loses ...}); a slip also
 * has {@code # Score:} ({@code max - CHECK, ...}: all but those checks' points; or a number) and
 * {@code # Says:} (phrases, separated by {@code |}, that its messages must contain), and may
 * have {@code # Leads:} (the words every failed check's message must start with).
 */
public record Fixture(Path file, String shows, String exercise, String expect, List<String> loses,
    String score, List<String> says, String leads) {

  public static Fixture read(Path file) {
    Map<String, String> headers = new LinkedHashMap<>();
    try {
      // Latin-1 reads any bytes: a fixture may be saved in another encoding on purpose.
      List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      for (String line : lines.subList(0, Math.min(6, lines.size()))) {
        String text = line.strip();
        int colon = text.indexOf(':');
        if (text.startsWith("# ") && colon > 2) {
          headers.putIfAbsent(text.substring(2, colon).strip().toLowerCase(), text.substring(colon + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    String expect = headers.getOrDefault("expect", "loses " + headers.getOrDefault("loses", ""));
    List<String> loses = expect.startsWith("loses ")
        ? Arrays.stream(expect.substring(6).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
        : List.of();
    List<String> says = headers.containsKey("says")
        ? Arrays.stream(headers.get("says").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
        : List.of();
    return new Fixture(file, headers.get("shows"), headers.get("exercise"),
        expect.startsWith("loses") ? "loses" : expect, loses, headers.get("score"), says, headers.get("leads"));
  }

  /** Every fixture under a folder of the corpus, in name order. */
  public static List<Fixture> under(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".py")).sorted().map(Fixture::read).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + folder, e);
    }
  }

  /** What a test does with one fixture in one grading, given a fresh temporary folder. */
  @FunctionalInterface
  public interface Grader {
    void grade(Fixture fixture, int grading, Path folder) throws Exception;
  }

  /**
   * One dynamic test per fixture of a folder of the corpus, each graded {@code gradings} times
   * in a row, every time in a temporary folder of its own that is deleted afterwards.
   */
  public static Stream<DynamicTest> eachGraded(String corpusFolder, int gradings, Grader grader) {
    return under(ShippedConfig.programs().resolve(corpusFolder)).stream()
        .map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
          for (int grading = 0; grading < gradings; grading++) {
            Path folder = Files.createTempDirectory("parproc-" + corpusFolder + "-");
            try {
              grader.grade(fixture, grading, folder);
            } finally {
              Grading.delete(folder);
            }
          }
        }));
  }

  public String name() {
    return ShippedConfig.programs().relativize(file).toString();
  }
}

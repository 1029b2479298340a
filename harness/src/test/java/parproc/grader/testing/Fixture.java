package parproc.grader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A Python fixture of the project's corpus, read from its header lines:
 * {@code # Shows:}, {@code # Exercise:}, and {@code # Loses:} (the checks it must fail) or
 * {@code # Expect:} ({@code full-marks}, {@code timeout}, or {@code loses ...}); a slip also
 * has {@code # Score:} ({@code max - CHECK, ...}: all but those checks' points; or a number) and
 * {@code # Says:} (phrases, separated by {@code |}, that its messages must contain), and may
 * have {@code # Leads:} (the words every failed check's message must start with).
 *
 * <p>A program that tampers with the grader also has {@code # Flagged: yes|no} (whether its grade
 * must say it interfered with the grader) and {@code # AtMost:} (the honest mistake's fixture,
 * a path under programs/, whose score it must not exceed; or a number), and may have
 * {@code # Isolation:} (the mode to grade it in), {@code # Needs: root}, and one
 * {@code # Generate: NAME = "text" * COUNT + ...} per file made beside it when it is graded (too
 * big to keep in the repository). {@code # Hole:} says how the grader still fails the fixture's
 * expectations: a known hole, reported, which the tests skip with that reason until it is closed.
 * A fixture whose attack needs several files or a HOME has them in
 * a sibling folder {@code NAME.files/}, copied into the submission with it.
 *
 * <p>The headers are the comment lines the file starts with.
 */
public record Fixture(Path file, String shows, String exercise, String expect, List<String> loses,
    String score, List<String> says, String leads, Boolean flagged, String atMost, String isolation,
    String needs, List<String> generate, String hole) {

  /** How many lines at the top of a fixture may be headers. */
  private static final int HEADER_LINES = 12;

  /** The suffix of the folder of files copied into the submission beside a fixture. */
  public static final String FILES = ".files";

  private static final Pattern PIECE = Pattern.compile("\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(?:\\s*\\*\\s*(\\d+))?\\s*");

  public static Fixture read(Path file) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> generate = new ArrayList<>();
    try {
      // Latin-1 reads any bytes: a fixture may be saved in another encoding on purpose.
      List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      for (String line : lines.subList(0, Math.min(HEADER_LINES, lines.size()))) {
        String text = line.strip();
        if (!text.startsWith("#")) {
          break;
        }
        int colon = text.indexOf(':');
        if (text.startsWith("# ") && colon > 2) {
          String name = text.substring(2, colon).strip().toLowerCase();
          String value = text.substring(colon + 1).strip();
          if (name.equals("generate")) {
            generate.add(value);
          } else {
            headers.putIfAbsent(name, value);
          }
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
    Boolean flagged = headers.containsKey("flagged") ? headers.get("flagged").equalsIgnoreCase("yes") : null;
    return new Fixture(file, headers.get("shows"), headers.get("exercise"),
        expect.startsWith("loses") ? "loses" : expect, loses, headers.get("score"), says, headers.get("leads"),
        flagged, headers.get("atmost"), headers.get("isolation"), headers.get("needs"), List.copyOf(generate),
        headers.get("hole"));
  }

  /** Every fixture under a folder of the corpus, in name order; the files beside a fixture are none. */
  public static List<Fixture> under(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".py") && !besideAFixture(folder, f)).sorted()
          .map(Fixture::read).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + folder, e);
    }
  }

  private static boolean besideAFixture(Path folder, Path file) {
    for (Path part : folder.relativize(file)) {
      if (part.toString().endsWith(FILES)) {
        return true;
      }
    }
    return false;
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

  /** Whether the fixture runs only where the grader is root ({@code # Needs: root}). */
  public boolean needsRoot() {
    return "root".equals(needs);
  }

  /** The folder of files that go into the submission with the fixture ({@code NAME.files/}), if any. */
  public Path files() {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.length() - ".py".length()) + FILES);
  }

  /**
   * Makes {@code folder} the fixture's submission: the fixture under its own name, the tree of its
   * {@code NAME.files/} folder (hidden files included), and the files its {@code # Generate:}
   * headers describe.
   */
  public void copyInto(Path folder) throws IOException {
    Files.copy(file, folder.resolve(file.getFileName()));
    Path files = files();
    if (Files.isDirectory(files, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> tree = Files.walk(files)) {
        for (Path from : tree.sorted().toList()) {
          Path to = folder.resolve(files.relativize(from).toString());
          if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(to);
          } else {
            Files.copy(from, to);
          }
        }
      }
    }
    for (String spec : generate) {
      int equals = spec.indexOf('=');
      if (equals < 0) {
        throw new IllegalStateException(name() + ": a # Generate: header is NAME = \"text\" * COUNT + ...: " + spec);
      }
      try (var out = Files.newOutputStream(folder.resolve(spec.substring(0, equals).strip()))) {
        for (String piece : spec.substring(equals + 1).split("\\+")) {
          Matcher matcher = PIECE.matcher(piece);
          if (!matcher.matches()) {
            throw new IllegalStateException(name() + ": cannot read \"" + piece + "\" of # Generate: " + spec);
          }
          byte[] text = unescape(matcher.group(1)).getBytes(StandardCharsets.UTF_8);
          int count = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
          for (int i = 0; i < count; i++) {
            out.write(text);
          }
        }
      }
    }
  }

  /** A string literal's text: \n, \t, \", \\ as in Java. */
  private static String unescape(String literal) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '\\' && i + 1 < literal.length()) {
        char next = literal.charAt(++i);
        text.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> next;
        });
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}

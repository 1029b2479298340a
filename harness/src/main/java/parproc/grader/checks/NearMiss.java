package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parproc.grader.observations.Numbers;

/**
 * How close a printed line is to an expected line, word by word: the measure behind binding a
 * reworded line to the line it stands for.
 *
 * <p>Both texts are cut into words: runs of letters and digits, or numbers with their sign and
 * decimal point. Punctuation and white space are not words, so they never count; case does not
 * count either, numbers compare by value, and "main" equals "parent" (the module's two names for
 * the parent process). A placeholder of the expected line is one word: {@code {pid}} and
 * {@code {number:...}} take one number, {@code {text:...}} one word of any kind. The distance is
 * the fewest words to insert, delete or replace to turn one into the other; the similarity is
 * {@code 1 - distance / (words in the longer line)}. A line is close enough at a similarity of
 * {@link #CLOSE} or more with at least one literal word in common.
 *
 * <p>A placeholder's value is read from the printed line only when every alignment of least
 * distance puts the same printed number on it: when two numbers could stand there equally well,
 * the value is not taken.
 */
public final class NearMiss {

  /** The least similarity at which a printed line counts as a rewording of an expected one. */
  public static final double CLOSE = 0.5;

  private static final Pattern WORD = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?(?![\\p{L}\\p{N}_])|[\\p{L}\\p{N}_]+");

  private NearMiss() {}

  /** What a placeholder accepts. */
  public enum SlotKind {
    /** One integer, such as a pid. */
    INTEGER,
    /** One number. */
    NUMBER,
    /** One word of any kind. */
    WORD
  }

  /** A part of an expected line: literal text, or a placeholder that takes one word. */
  public sealed interface Part permits Literal, Slot {}

  /**
   * Literal text of an expected line.
   *
   * @param value true for a value (a name given on stdin, a worker's letter): its words must all
   *     be printed, since a different value is a different line, not a rewording
   */
  public record Literal(String text, boolean value) implements Part {
    public Literal(String text) {
      this(text, false);
    }
  }

  /** A placeholder: its name (the capture it fills) and what it accepts. */
  public record Slot(String name, SlotKind kind) implements Part {}

  /** One word of a line, where it stands in the line's display text, and its slot if any. */
  record Word(String text, int start, int end, Slot slot, boolean required) {
    boolean number() {
      return slot == null && Numbers.parse(text).isPresent();
    }
  }

  /** An expected line cut into words, with the text it is shown as. */
  public record Expected(String display, List<Word> words) {

    /** The words of its values (a worker's letter and hole), which a line standing for it names. */
    List<String> valueWords() {
      return words.stream().filter(Word::required).map(Word::text).toList();
    }
  }

  /** Builds an expected line from its parts; a slot is shown as {@code <name>}. */
  public static Expected expected(List<Part> parts) {
    StringBuilder display = new StringBuilder();
    List<Word> words = new ArrayList<>();
    List<int[]> values = new ArrayList<>();
    int literalStart = 0;
    for (Part part : parts) {
      if (part instanceof Literal literal) {
        if (literal.value()) {
          values.add(new int[] {display.length(), display.length() + literal.text().length()});
        }
        display.append(literal.text());
      } else if (part instanceof Slot slot) {
        // Adjacent literals are cut into words together: "p" and "3" make the word "p3".
        words.addAll(words(display.substring(literalStart), literalStart, values));
        int start = display.length();
        display.append('<').append(slot.name()).append('>');
        words.add(new Word("", start, display.length(), slot, false));
        literalStart = display.length();
      }
    }
    words.addAll(words(display.substring(literalStart), literalStart, values));
    return new Expected(display.toString(), List.copyOf(words));
  }

  /** The words of a text; a word overlapping one of the value ranges is required. */
  private static List<Word> words(String text, int offset, List<int[]> values) {
    List<Word> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      int start = offset + matcher.start();
      int end = offset + matcher.end();
      boolean required = values.stream().anyMatch(range -> start < range[1] && end > range[0]);
      words.add(new Word(matcher.group(), start, end, null, required));
    }
    return words;
  }

  /**
   * The comparison of a printed line with an expected one.
   *
   * @param similarity from 0 (nothing alike) to 1 (the same words)
   * @param sharedWords how many literal words of the expected line the printed line has
   * @param valuesPrinted true when every word of the expected line's values is printed
   * @param captures each placeholder's value, where every best alignment agrees on it
   * @param expectedMarked the expected line with the words the printed line lacks in [brackets]
   * @param printedMarked the printed line with its words the expected line lacks in [brackets]
   */
  public record Alignment(double similarity, int sharedWords, boolean valuesPrinted, Map<String, String> captures,
      String expectedMarked, String printedMarked) {

    public Alignment {
      captures = Map.copyOf(captures);
    }

    /** Close enough to be a rewording of the expected line. */
    public boolean close() {
      return similarity >= CLOSE && sharedWords > 0 && valuesPrinted;
    }

    /** True when only punctuation, case or spacing differ. */
    public boolean sameWords() {
      return similarity == 1.0;
    }
  }

  /** Compares a printed line (already normalised) with an expected line. */
  public static Alignment align(Expected expected, String printed) {
    List<Word> want = expected.words();
    List<Word> got = words(printed, 0, List.of());
    int n = want.size();
    int m = got.size();
    int[][] forward = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 || j == 0) {
          forward[i][j] = i + j;
        } else {
          forward[i][j] = Math.min(forward[i - 1][j - 1] + cost(want.get(i - 1), got.get(j - 1)),
              Math.min(forward[i - 1][j], forward[i][j - 1]) + 1);
        }
      }
    }
    int[][] backward = new int[n + 1][m + 1];
    for (int i = n; i >= 0; i--) {
      for (int j = m; j >= 0; j--) {
        if (i == n || j == m) {
          backward[i][j] = (n - i) + (m - j);
        } else {
          backward[i][j] = Math.min(backward[i + 1][j + 1] + cost(want.get(i), got.get(j)),
              Math.min(backward[i + 1][j], backward[i][j + 1]) + 1);
        }
      }
    }
    int distance = forward[n][m];
    double similarity = Math.max(n, m) == 0 ? 1.0 : 1.0 - (double) distance / Math.max(n, m);

    // A slot's value: the one printed word that every best alignment matches it with.
    Map<String, String> captures = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Word slotWord = want.get(i);
      if (slotWord.slot() == null) {
        continue;
      }
      String value = null;
      boolean ambiguous = false;
      for (int j = 0; j < m && !ambiguous; j++) {
        int c = cost(slotWord, got.get(j));
        if (forward[i][j] + c + backward[i + 1][j + 1] == distance) {
          if (c != 0 || (value != null && !value.equals(got.get(j).text()))) {
            ambiguous = true;
          } else {
            value = got.get(j).text();
          }
        }
      }
      // A best alignment may also skip the slot altogether: then its value is not known.
      for (int j = 0; j <= m && !ambiguous; j++) {
        if (forward[i][j] + 1 + backward[i + 1][j] == distance) {
          ambiguous = true;
        }
      }
      if (value != null && !ambiguous) {
        captures.put(slotWord.slot().name(), value);
      }
    }

    // One best alignment, traced back, marks the words that differ.
    boolean[] wantKept = new boolean[n];
    boolean[] gotKept = new boolean[m];
    int shared = 0;
    int i = n;
    int j = m;
    while (i > 0 && j > 0) {
      int c = cost(want.get(i - 1), got.get(j - 1));
      if (forward[i][j] == forward[i - 1][j - 1] + c) {
        if (c == 0) {
          wantKept[i - 1] = true;
          gotKept[j - 1] = true;
          if (want.get(i - 1).slot() == null) {
            shared++;
          }
        }
        i--;
        j--;
      } else if (forward[i][j] == forward[i - 1][j] + 1) {
        i--;
      } else {
        j--;
      }
    }
    boolean valuesPrinted = true;
    for (int k = 0; k < n; k++) {
      valuesPrinted &= wantKept[k] || !want.get(k).required();
    }
    return new Alignment(similarity, shared, valuesPrinted, captures, mark(expected.display(), want, wantKept),
        mark(printed, got, gotKept));
  }

  /** The words of a text, as this class cuts them: runs of letters and digits, or numbers. */
  static List<String> wordsOf(String text) {
    return words(text, 0, List.of()).stream().map(Word::text).toList();
  }

  /** True when two words are the same word: numbers by value, other words without case. */
  static boolean sameWord(String a, String b) {
    Word want = new Word(a, 0, a.length(), null, false);
    Word got = new Word(b, 0, b.length(), null, false);
    return cost(want, got) == 0;
  }

  /** True when {@code part}'s words stand together, in order, among {@code whole}'s words. */
  static boolean contains(List<String> whole, List<String> part) {
    if (part.isEmpty()) {
      return false;
    }
    for (int start = 0; start + part.size() <= whole.size(); start++) {
      boolean all = true;
      for (int k = 0; k < part.size() && all; k++) {
        all = sameWord(part.get(k), whole.get(start + k));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static int cost(Word want, Word got) {
    if (want.slot() != null) {
      return switch (want.slot().kind()) {
        case INTEGER -> got.text().matches("[-+]?\\d+") ? 0 : 1;
        case NUMBER -> Numbers.parse(got.text()).isPresent() ? 0 : 1;
        case WORD -> 0;
      };
    }
    if (want.number() && got.number()) {
      Optional<BigDecimal> a = Numbers.parse(want.text());
      Optional<BigDecimal> b = Numbers.parse(got.text());
      return Numbers.same(a.orElseThrow(), b.orElseThrow()) ? 0 : 1;
    }
    return fold(want.text()).equals(fold(got.text())) ? 0 : 1;
  }

  private static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals("main") ? "parent" : lower;
  }

  /** The text with each word not kept wrapped in brackets. */
  private static String mark(String text, List<Word> words, boolean[] kept) {
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (int k = 0; k < words.size(); k++) {
      Word word = words.get(k);
      if (kept[k]) {
        continue;
      }
      out.append(text, last, word.start()).append('[').append(text, word.start(), word.end()).append(']');
      last = word.end();
    }
    return out.append(text.substring(last)).toString();
  }
}

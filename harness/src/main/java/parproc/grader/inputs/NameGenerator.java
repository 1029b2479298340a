package parproc.grader.inputs;

import java.util.Random;

/**
 * Person names for programs that greet by name: one or two words, sometimes with an apostrophe
 * or letters beyond ASCII, never with spaces at the ends or two spaces in a row.
 */
final class NameGenerator {

  private static final String[] SYLLABLES = {
    "ma", "ri", "jo", "an", "el", "ka", "lu", "to", "ni", "sa", "ber", "lin", "da", "vi", "mo",
    "ra", "ta", "ne", "li", "go"
  };
  private static final String[] ACCENTED = {"é", "ö", "ñ", "ç", "å", "ø", "ł", "ş", "ž", "ü", "í", "ë"};

  private NameGenerator() {}

  static String generate(Random random) {
    String name = word(random);
    if (random.nextInt(100) < 30) {
      name += " " + word(random);
    }
    if (random.nextInt(100) < 15) {
      name = (random.nextBoolean() ? "O'" : "D'") + name;
    }
    return name;
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    int syllables = 1 + random.nextInt(3);
    for (int i = 0; i < syllables; i++) {
      word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    if (random.nextInt(100) < 25) {
      int at = random.nextInt(word.length());
      word.replace(at, at + 1, ACCENTED[random.nextInt(ACCENTED.length)]);
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}

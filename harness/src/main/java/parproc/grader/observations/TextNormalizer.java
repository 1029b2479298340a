package parproc.grader.observations;

import java.util.List;

/**
 * Puts printed text in the form lines are compared in: runs of white space as one space, none
 * at either end, typographic apostrophes as straight ones, prompts of {@code input()} removed
 * from the start of a line.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(apostrophe(c) ? '\'' : c);
    }
    return out.toString();
  }

  private static boolean apostrophe(char c) {
    return c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032' || c == '`';
  }

  /** Removes the given prompts (already normalised) from the start of a normalised line. */
  public static String stripPrompts(String line, List<String> prompts) {
    String rest = line;
    boolean stripped = true;
    while (stripped && !rest.isEmpty()) {
      stripped = false;
      for (String prompt : prompts) {
        if (!prompt.isEmpty() && rest.startsWith(prompt)) {
          rest = rest.substring(prompt.length()).stripLeading();
          stripped = true;
        }
      }
    }
    return rest;
  }
}

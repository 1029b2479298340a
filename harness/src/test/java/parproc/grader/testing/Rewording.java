package parproc.grader.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords a program of the corpus mechanically: inside its string literals (never in its code
 * or comments), the module's phrases become what students write instead ("Hi" becomes "Hello",
 * "Sum:" becomes "Sum =", "Hiddy-ho!" becomes "Hey!"), so every line it prints is a slip of
 * wording away from the expected one.
 */
public final class Rewording {

  private static final Map<Pattern, String> PHRASES = new LinkedHashMap<>();

  static {
    phrase("Hiddy-ho!", "Hey!");
    phrase("and today I have to dig", "and I must dig");
    phrase("\\bHi\\b", "Hello");
    phrase("\\bhi\\b", "hello");
    phrase("Sum:", "Sum =");
    phrase("sum is:", "sum is =");
    phrase("Waiting for name", "Waiting for the name");
    phrase("Ok, I'll send", "OK, I will send");
    phrase("Any day now", "Any day now then");
    phrase("Finally! Geez.", "Finally, geez!");
    phrase("I'm coming", "I'm on my way");
    phrase(" - pid", ", pid");
  }

  private static void phrase(String regex, String replacement) {
    PHRASES.put(Pattern.compile(regex), replacement);
  }

  /** A quoted string on one line, single or double quotes, with escapes. */
  private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'");

  private Rewording() {}

  /** The program with its string literals reworded; comment lines stay as they are. */
  public static String of(String source) {
    StringBuilder out = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(line.stripLeading().startsWith("#") ? line : rewordLiterals(line));
    }
    return out.toString();
  }

  private static String rewordLiterals(String line) {
    Matcher literal = LITERAL.matcher(line);
    StringBuilder out = new StringBuilder();
    while (literal.find()) {
      String text = literal.group();
      for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
        text = phrase.getKey().matcher(text).replaceAll(Matcher.quoteReplacement(phrase.getValue()));
      }
      literal.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    literal.appendTail(out);
    return out.toString();
  }
}

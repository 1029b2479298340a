package parproc.grader;

import java.util.Locale;

/**
 * Text made safe for a terminal: a student's output, messages and file names reach the reports,
 * and a control character in them (an escape sequence, a carriage return, a bidirectional
 * override) could redraw the screen, say as a fake "Total: 10/10". Each such character is shown
 * as what it is instead: {@code \x1b}, {@code \r}, {@code \x9b}, {@code \u202e}. Newlines, tabs
 * and the carriage return of a CRLF line end stay, and text without such characters is returned
 * as it is.
 */
public final class VisibleText {

  private VisibleText() {}

  /**
   * The text with every C0 and C1 control character but newline and tab, DEL, and every
   * bidirectional control written out visibly.
   */
  public static String escape(String text) {
    return replace(text, false);
  }

  /**
   * JSON text with the same characters written as JSON escapes ({@code \u009b}), so that it reads
   * back the same. A JSON writer escapes the C0 ones already; the rest are only ever inside strings.
   */
  public static String escapeJson(String text) {
    return replace(text, true);
  }

  /** Whether a character can move the cursor, change the terminal's state or reorder what follows. */
  static boolean hidden(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e || c == 0x200f || c == 0x061c;
  }

  /** A hidden character, but for the carriage return of a line end (CRLF, as Windows writes lines). */
  private static boolean hiddenAt(String text, int i) {
    char c = text.charAt(i);
    return hidden(c) && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
  }

  private static String replace(String text, boolean json) {
    if (text == null) {
      return null;
    }
    int first = 0;
    while (first < text.length() && !hiddenAt(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder visible = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!hiddenAt(text, i)) {
        visible.append(c);
      } else if (json) {
        visible.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (c == '\r') {
        visible.append("\\r");
      } else if (c <= 0xff) {
        visible.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        visible.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return visible.toString();
  }
}

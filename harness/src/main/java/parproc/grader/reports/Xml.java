package parproc.grader.reports;

/** Escaping for XML 1.0, which cannot hold some characters a student's program may print. */
final class Xml {

  private Xml() {}

  /** Text content: markup escaped, characters XML forbids replaced by U+FFFD. */
  static String text(String value) {
    return escape(value, false);
  }

  /** An attribute value in double quotes; line breaks kept as character references. */
  static String attribute(String value) {
    return escape(value, true);
  }

  private static String escape(String value, boolean attribute) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (allowed(c)) {
            out.appendCodePoint(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    });
    return out.toString();
  }

  /** XML 1.0's Char production. */
  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}

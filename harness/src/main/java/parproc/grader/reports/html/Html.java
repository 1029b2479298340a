package parproc.grader.reports.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Escaping for HTML text and attributes, and self-contained pages whose Content-Security-Policy
 * allows nothing from the network, no script at all, and no style but the page's own, by sha256 hash.
 */
public final class Html {

  private Html() {}

  /**
   * Text as HTML element content, also safe inside inline SVG and attributes. Control characters
   * become visible symbols (U+2400 onwards), so that every byte a program wrote shows up and none
   * can change how the page parses; newlines and tabs are kept.
   */
  public static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\t' -> out.append(c);
        default -> visible(out, value, i, c);
      }
    }
    return out.toString();
  }

  /**
   * Text as an attribute value written between double quotes. Newlines stay: browsers show them
   * in tooltips; quotes and markup are escaped as in {@link #text}.
   */
  public static String attr(String value) {
    return text(value);
  }

  private static void visible(StringBuilder out, String value, int i, char c) {
    if (c < 0x20) {
      out.append((char) (0x2400 + c));
    } else if (c == 0x7f) {
      out.append('\u2421');
    } else if (c >= 0x80 && c <= 0x9f) {
      out.append(String.format("\\x%02x", (int) c));
    } else if (Character.isSurrogate(c) && !pairedSurrogate(value, i)) {
      out.append('\ufffd');
    } else {
      out.append(c);
    }
  }

  private static boolean pairedSurrogate(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }

  /**
   * A name safe as an id, class or data value whatever the input: letters, digits, '-' and '_'
   * kept, anything else replaced, so two different inputs may share a token (use it for styling,
   * never as a key).
   */
  public static String token(String value) {
    if (value == null || value.isEmpty()) {
      return "_";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '_');
    }
    return out.toString();
  }

  /** The CSP source for a style sheet: {@code 'sha256-...'} of its exact text. */
  public static String sha256Source(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Starts a self-contained page. */
  public static Page page(String title) {
    return new Page(title);
  }

  /**
   * A self-contained HTML page with no script: styles inline, each allowed by its hash and nothing
   * else (no network, no inline handlers, no style attributes), images only as data: URLs.
   */
  public static final class Page {

    private final String title;
    private final List<String> styles = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private String lang = "en";

    private Page(String title) {
      this.title = title == null ? "" : title;
    }

    /** A style sheet, inlined in the head and allowed by its hash. */
    public Page style(String css) {
      if (css.contains("</")) {
        throw new IllegalArgumentException("an inline style sheet cannot contain '</'");
      }
      styles.add(css);
      return this;
    }

    public Page lang(String language) {
      this.lang = language;
      return this;
    }

    /** Appends markup to the body: the caller has escaped every text in it. */
    public Page body(String markup) {
      body.append(markup);
      return this;
    }

    /** The Content-Security-Policy of the page. */
    public String policy() {
      StringBuilder policy = new StringBuilder("default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'");
      policy.append("; style-src ").append(sources(styles));
      policy.append("; script-src 'none'");
      return policy.toString();
    }

    private static String sources(List<String> contents) {
      if (contents.isEmpty()) {
        return "'none'";
      }
      return String.join(" ", contents.stream().map(Html::sha256Source).distinct().toList());
    }

    public String render() {
      StringBuilder page = new StringBuilder(body.length() + 4096);
      page.append("<!DOCTYPE html>\n<html lang=\"").append(attr(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
      // The policy comes first, before anything it governs.
      page.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(attr(policy())).append("\">\n");
      page.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      page.append("<title>").append(text(title)).append("</title>\n");
      for (String css : styles) {
        page.append("<style>").append(css).append("</style>\n");
      }
      page.append("</head>\n<body>\n").append(body);
      page.append("</body>\n</html>\n");
      return page.toString();
    }
  }
}

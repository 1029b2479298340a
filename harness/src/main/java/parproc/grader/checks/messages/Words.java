package parproc.grader.checks.messages;

import java.util.List;
import java.util.stream.Collectors;

/** Small pieces of wording that keep the messages to students uniform. */
public final class Words {

  /** The most problems a message lists; the rest are counted. */
  static final int MOST = 12;

  private Words() {}

  public static String quote(String text) {
    return "\"" + text + "\"";
  }

  public static String times(int count) {
    return switch (count) {
      case 0 -> "0 times";
      case 1 -> "once";
      case 2 -> "twice";
      default -> count + " times";
    };
  }

  public static String plural(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** Indented lines, at most {@code limit} of them, the rest summarised. */
  public static String indented(List<String> lines, int limit) {
    List<String> shown = lines.size() > limit ? lines.subList(0, limit) : lines;
    String text = shown.stream().map(line -> "  " + line).collect(Collectors.joining("\n"));
    if (lines.size() > limit) {
      text += "\n  ... and " + (lines.size() - limit) + " more";
    }
    return text;
  }

  /** An observation made of problems: the one problem as it is, or several as bullets. */
  public static String problems(List<String> problems) {
    return problems.size() == 1 ? problems.get(0) : ":\n" + bullets(problems);
  }

  static String bullets(List<String> items) {
    List<String> shown = items.size() > MOST ? items.subList(0, MOST) : items;
    String text = shown.stream().map(item -> "  - " + item.replace("\n", "\n    ")).collect(Collectors.joining("\n"));
    return items.size() > MOST ? text + "\n  ... and " + (items.size() - MOST) + " more" : text;
  }

  /** A message in the harness's form: expected, then what was seen, then what to try. */
  public static String message(String expected, String observed, String tryThis) {
    StringBuilder text = new StringBuilder("Expected ").append(expected).append(",\n");
    text.append(observed.startsWith(":") ? "but" : "but ").append(observed);
    if (tryThis != null && !tryThis.isBlank()) {
      text.append("\nTry: ").append(tryThis);
    }
    return text.toString();
  }
}

package parproc.grader.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A line template such as {@code "Hi {input.name} from process {pid}"}, split into literal text
 * and placeholders.
 *
 * <p>Placeholders: {@code {pid}} a process id; {@code {number:NAME}} a number, kept as NAME;
 * {@code {text:NAME}} any text; {@code {input.FIELD}} the value of an input field;
 * {@code {NAME}} a value listed under the line's {@code each}.
 */
public record TextTemplate(String source, List<Segment> segments) {

  /** A piece of a template. */
  public sealed interface Segment permits Literal, Placeholder {}

  /** Text that must appear as written (after normalising white space and apostrophes). */
  public record Literal(String text) implements Segment {}

  /** A placeholder and what it stands for. */
  public record Placeholder(Kind kind, String name) implements Segment {

    /** The placeholder as a template writes it, e.g. {@code {number:sum}}. */
    public String source() {
      return "{" + switch (kind) {
        case PID -> "pid";
        case NUMBER -> "number:" + name;
        case TEXT -> "text:" + name;
        case INPUT -> "input." + name;
        case EACH -> name;
      } + "}";
    }
  }

  /** What a placeholder stands for. */
  public enum Kind {
    PID,
    NUMBER,
    TEXT,
    INPUT,
    EACH
  }

  public TextTemplate {
    segments = List.copyOf(segments);
  }

  /** Parses a template; a malformed placeholder throws {@link IllegalArgumentException}. */
  public static TextTemplate parse(String source) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '}') {
        throw new IllegalArgumentException("a '}' without its '{' at position " + (i + 1));
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = source.indexOf('}', i);
      if (close < 0) {
        throw new IllegalArgumentException("a '{' without its '}' at position " + (i + 1));
      }
      if (literal.length() > 0) {
        segments.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
      segments.add(placeholder(source.substring(i + 1, close).trim()));
      i = close + 1;
    }
    if (literal.length() > 0) {
      segments.add(new Literal(literal.toString()));
    }
    return new TextTemplate(source, segments);
  }

  private static Placeholder placeholder(String body) {
    if (body.equals("pid")) {
      return new Placeholder(Kind.PID, "pid");
    }
    if (body.startsWith("number:")) {
      return new Placeholder(Kind.NUMBER, name(body.substring(7), body));
    }
    if (body.startsWith("text:")) {
      return new Placeholder(Kind.TEXT, name(body.substring(5), body));
    }
    if (body.startsWith("input.")) {
      return new Placeholder(Kind.INPUT, name(body.substring(6), body));
    }
    return new Placeholder(Kind.EACH, name(body, body));
  }

  private static String name(String name, String body) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "'{" + body + "}' is not a placeholder: use {pid}, {number:NAME}, {text:NAME},"
              + " {input.FIELD} or the name of an 'each' list");
    }
    return name;
  }

  /** The placeholders, in order. */
  public List<Placeholder> placeholders() {
    return segments.stream()
        .filter(Placeholder.class::isInstance)
        .map(Placeholder.class::cast)
        .toList();
  }

  /**
   * The template with each placeholder replaced by its value: the one place where templates are
   * filled, for stdin, messages and expected values alike.
   *
   * @param value the text standing for a placeholder; {@link Placeholder#source()} keeps it as written
   */
  public String fill(Function<Placeholder, String> value) {
    return fill(Function.identity(), value);
  }

  /**
   * The template with each literal as {@code literal} gives it and each placeholder as
   * {@code value} gives it, in order: for a regular expression, say, where literals are quoted.
   */
  public String fill(Function<String, String> literal, Function<Placeholder, String> value) {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Literal piece) {
        text.append(literal.apply(piece.text()));
      } else if (segment instanceof Placeholder placeholder) {
        text.append(value.apply(placeholder));
      }
    }
    return text.toString();
  }

  /**
   * The template with the values it can be given in place: {@code each} values by name, input
   * fields by name; any other placeholder as {@code otherwise} gives it.
   */
  public String fill(Map<String, String> each, Map<String, String> input, Function<Placeholder, String> otherwise) {
    return fill(p -> switch (p.kind()) {
      case EACH -> each.containsKey(p.name()) ? each.get(p.name()) : otherwise.apply(p);
      case INPUT -> input.containsKey(p.name()) ? input.get(p.name()) : otherwise.apply(p);
      default -> otherwise.apply(p);
    });
  }

  /** True if the template captures a pid. */
  public boolean hasPid() {
    return placeholders().stream().anyMatch(p -> p.kind() == Kind.PID);
  }
}

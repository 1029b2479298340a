package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parproc.grader.config.LineSpec;
import parproc.grader.config.TextTemplate;
import parproc.grader.observations.Numbers;
import parproc.grader.observations.OutputLine;
import parproc.grader.observations.TextNormalizer;

/**
 * Matches normalised lines against an exercise's expected lines for one run's input. Literal
 * text compares after normalisation; "(parent process)" and "(main process)" are the same
 * label; each value and captured number compares as a number where both sides are numbers.
 */
public final class LineMatcher {

  private static final Pattern PARENT_LABEL = Pattern.compile("\\((?:parent|main) process\\)");

  private final List<Compiled> compiled = new ArrayList<>();

  private record Compiled(LineSpec spec, Pattern pattern, List<String> groups) {}

  public LineMatcher(List<LineSpec> specs, Map<String, String> input) {
    for (LineSpec spec : specs) {
      compiled.add(compile(spec, input));
    }
  }

  private static Compiled compile(LineSpec spec, Map<String, String> input) {
    List<String> groups = new ArrayList<>();
    String regex = spec.template().fill(LineMatcher::literal, placeholder -> {
      if (placeholder.kind() == TextTemplate.Kind.INPUT) {
        return literal(input.getOrDefault(placeholder.name(), placeholder.source()));
      }
      groups.add(placeholder.name());
      return switch (placeholder.kind()) {
        case PID -> "(\\d+)";
        case NUMBER -> "(" + Numbers.PATTERN + ")";
        default -> "(.+?)";
      };
    });
    return new Compiled(spec, Pattern.compile("^" + regex + "$"), groups);
  }

  /** A literal, normalised; spaces at its ends may be absent where the line was trimmed. */
  private static String literal(String text) {
    String normalized = TextNormalizer.normalize(text);
    boolean leading = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
    boolean trailing = !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    StringBuilder regex = new StringBuilder();
    if (leading) {
      regex.append(" ?");
    }
    Matcher label = PARENT_LABEL.matcher(normalized);
    int last = 0;
    while (label.find()) {
      regex.append(Pattern.quote(normalized.substring(last, label.start())));
      regex.append("\\((?:parent|main) process\\)");
      last = label.end();
    }
    regex.append(Pattern.quote(normalized.substring(last)));
    if (trailing) {
      regex.append(" ?");
    }
    return regex.toString().replace("\\Q\\E", "");
  }

  /** Matches one line: the first expected line whose template fits, in config order. */
  public MatchedLine match(OutputLine line) {
    for (Compiled candidate : compiled) {
      Matcher matcher = candidate.pattern().matcher(line.text());
      if (matcher.matches()) {
        Map<String, String> captures = new LinkedHashMap<>();
        for (int i = 0; i < candidate.groups().size(); i++) {
          captures.put(candidate.groups().get(i), matcher.group(i + 1));
        }
        return new MatchedLine(line, candidate.spec(), captures, position(candidate.spec(), captures));
      }
    }
    return new MatchedLine(line, null, Map.of(), -1);
  }

  /** True when the text fits some expected line's template, whatever its values. */
  public boolean fitsSomeTemplate(String text) {
    return compiled.stream().anyMatch(c -> c.pattern().matcher(text).matches());
  }

  private static int position(LineSpec spec, Map<String, String> captures) {
    if (!spec.enumerated()) {
      return -1;
    }
    for (int position = 0; position < spec.positions(); position++) {
      boolean all = true;
      for (Map.Entry<String, String> value : spec.valuesAt(position).entrySet()) {
        if (!sameValue(value.getValue(), captures.get(value.getKey()))) {
          all = false;
          break;
        }
      }
      if (all) {
        return position;
      }
    }
    return -1;
  }

  /** Two values agree: as numbers when both are numbers, else as normalised text. */
  public static boolean sameValue(String expected, String observed) {
    if (observed == null) {
      return false;
    }
    Optional<BigDecimal> a = Numbers.parse(expected.trim());
    Optional<BigDecimal> b = Numbers.parse(observed.trim());
    if (a.isPresent() && b.isPresent()) {
      return Numbers.same(a.get(), b.get());
    }
    return TextNormalizer.normalize(expected).equals(TextNormalizer.normalize(observed));
  }
}

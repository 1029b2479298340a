package parproc.grader.checks;

import java.util.Map;
import parproc.grader.config.LineSpec;
import parproc.grader.observations.OutputLine;

/**
 * A printed line and the expected line it matched, if any.
 *
 * @param spec the matching expected line, or null when the text matches none
 * @param captures the placeholder values read from the text, by name
 * @param position for a line with {@code each}: the position its values stand at, or -1 when
 *     they stand at none (a worker digging the wrong hole); -1 for other lines
 * @param nearMiss for a line bound to an expected line it does not match word for word, how the
 *     two compare; null for a line that matches exactly or not at all
 * @param binding how a line that does not match word for word was bound, or null when it was not
 * @param received for a bound line that shows a value its writer took from a queue before
 *     printing it, that value's text; null otherwise
 */
public record MatchedLine(
    OutputLine line, LineSpec spec, Map<String, String> captures, int position, NearMiss.Alignment nearMiss,
    Binding binding, String received) {

  /** What bound a line to the expected line it stands for, when its words do not match. */
  public enum Binding {
    /** Its words are close to the expected line's (see {@link NearMiss}). */
    WORDS,
    /** It shows a value its writer took from a queue, in the round that value came in. */
    QUEUE,
    /** It is a child's one line, and names that child's own arguments. */
    ARGUMENTS,
    /** Its process printed as many lines as expected of it, and this one stands where the expected line does. */
    ORDER
  }

  public MatchedLine {
    captures = Map.copyOf(captures);
    if (binding != null && nearMiss == null) {
      throw new IllegalArgumentException("a bound line needs its comparison with the expected line");
    }
  }

  public MatchedLine(OutputLine line, LineSpec spec, Map<String, String> captures, int position) {
    this(line, spec, captures, position, null, null, null);
  }

  /** A line bound by its words. */
  public MatchedLine(OutputLine line, LineSpec spec, Map<String, String> captures, int position,
      NearMiss.Alignment nearMiss) {
    this(line, spec, captures, position, nearMiss, nearMiss == null ? null : Binding.WORDS, null);
  }

  public boolean matched() {
    return spec != null;
  }

  /** Matched an expected line, with expected values. */
  public boolean expected() {
    return spec != null && (!spec.enumerated() || position >= 0);
  }

  /** Bound to an expected line it stands for, not matched word for word. */
  public boolean bound() {
    return binding != null;
  }

  /**
   * Shows the expected line's own values (a name George0, a worker's letter): matched, or bound
   * with every word of its values printed. A check that pins the values judges only such lines.
   */
  public boolean showsItsValues() {
    return spec != null && (!bound() || nearMiss.valuesPrinted());
  }

  public boolean is(String lineId) {
    return spec != null && spec.id().equals(lineId);
  }

  /** The same line, noted as showing a value its writer took from a queue. */
  MatchedLine receiving(String value) {
    return new MatchedLine(line, spec, captures, position, nearMiss, binding, value);
  }
}

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
 * @param nearMiss for a line bound to an expected line it does not match word for word (a
 *     rewording), how the two compare; null for a line that matches exactly or not at all
 */
public record MatchedLine(
    OutputLine line, LineSpec spec, Map<String, String> captures, int position, NearMiss.Alignment nearMiss) {

  public MatchedLine {
    captures = Map.copyOf(captures);
  }

  public MatchedLine(OutputLine line, LineSpec spec, Map<String, String> captures, int position) {
    this(line, spec, captures, position, null);
  }

  public boolean matched() {
    return spec != null;
  }

  /** Matched an expected line, with expected values. */
  public boolean expected() {
    return spec != null && (!spec.enumerated() || position >= 0);
  }

  /** Bound to an expected line as its rewording, not matched word for word. */
  public boolean bound() {
    return nearMiss != null;
  }

  public boolean is(String lineId) {
    return spec != null && spec.id().equals(lineId);
  }
}

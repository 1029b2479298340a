package parproc.grader.gradebook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** What became of one student's grading; the gradebook's status column. */
public enum StudentStatus {
  /** Graded in full. */
  @JsonProperty("graded")
  GRADED,
  /** Graded, but some exercise could not be (grading-config or the grader failed): the reason says which. */
  @JsonProperty("incomplete")
  INCOMPLETE,
  /** Stopped at the per-student time limit. */
  @JsonProperty("timeout")
  TIMEOUT,
  /** The grader failed on this submission. */
  @JsonProperty("error")
  ERROR,
  /** The submission could not be read (a damaged zip). */
  @JsonProperty("unreadable")
  UNREADABLE;

  /** The gradebook's word. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package parproc.grader.config;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * Who sees a check in a platform's results, in Gradescope's words. Platforms without visibility
 * list only visible checks and count the others in the score.
 */
public enum Visibility {
  /** Shown to the student at once. */
  @JsonProperty("visible")
  VISIBLE,
  /** Never shown to the student. */
  @JsonProperty("hidden")
  HIDDEN,
  /** Shown after the assignment's due date. */
  @JsonProperty("after_due_date")
  @JsonAlias("after-due-date")
  AFTER_DUE_DATE,
  /** Shown once the instructor publishes the grades. */
  @JsonProperty("after_published")
  @JsonAlias("after-published")
  AFTER_PUBLISHED;

  /** The word grading-config and Gradescope use. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}

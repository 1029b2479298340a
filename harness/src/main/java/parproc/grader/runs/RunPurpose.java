package parproc.grader.runs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a run was made; recorded as {@code "graded"} or {@code "shrink"}. */
public enum RunPurpose {
  /** One of the exercise's runs, judged for its score. */
  GRADED("graded"),
  /**
   * A run looking for a smaller failing input, as graders before this one made after a failing
   * generated input; read from their recordings, it never changes the score.
   */
  SHRINK("shrink"),
  /** The survey of what a submission's files define, before any exercise runs; never recorded. */
  SURVEY("survey");

  private final String recorded;

  RunPurpose(String recorded) {
    this.recorded = recorded;
  }

  @JsonValue
  public String recorded() {
    return recorded;
  }

  /** The purpose a recording names; an unknown name is a recording this grader cannot read. */
  @JsonCreator
  public static RunPurpose of(String recorded) {
    for (RunPurpose purpose : values()) {
      if (purpose.recorded.equals(recorded)) {
        return purpose;
      }
    }
    throw new IllegalArgumentException("unknown run purpose '" + recorded + "' (known: graded, shrink, survey)");
  }
}

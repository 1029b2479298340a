package parproc.grader.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One value a program reads from stdin, and how to generate it. */
public record FieldSpec(
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) Kind kind,
    BigDecimal min,
    BigDecimal max,
    Integer decimals) {

  /** What kind of value to generate. */
  public enum Kind {
    /** A person's name: spaces, apostrophes and non-ASCII letters included. */
    @JsonProperty("person-name")
    PERSON_NAME,
    /** A whole number between min and max. */
    @JsonProperty("integer")
    INTEGER,
    /** A number with {@code decimals} digits after the point, between min and max. */
    @JsonProperty("decimal")
    DECIMAL
  }

  public FieldSpec {
    decimals = decimals == null ? 2 : decimals;
  }
}

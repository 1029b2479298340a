package parproc.grader.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A check as grading-config declares it: an id, a description a student can read, points, and
 * the parameters of its kind. The checks package turns each into a {@code Check}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CheckSpec.CleanExit.class, name = "clean-exit"),
  @JsonSubTypes.Type(value = CheckSpec.Lines.class, name = "lines"),
  @JsonSubTypes.Type(value = CheckSpec.Intact.class, name = "intact"),
  @JsonSubTypes.Type(value = CheckSpec.Pids.class, name = "pids"),
  @JsonSubTypes.Type(value = CheckSpec.Children.class, name = "children"),
  @JsonSubTypes.Type(value = CheckSpec.SharedLock.class, name = "shared-lock"),
  @JsonSubTypes.Type(value = CheckSpec.Order.class, name = "order"),
  @JsonSubTypes.Type(value = CheckSpec.Received.class, name = "received"),
  @JsonSubTypes.Type(value = CheckSpec.Number.class, name = "number"),
  @JsonSubTypes.Type(value = CheckSpec.QueueResult.class, name = "queue-result"),
  @JsonSubTypes.Type(value = CheckSpec.PlausibleSum.class, name = "plausible-sum")
})
public sealed interface CheckSpec {

  /** The kinds a config may name, as written there. */
  List<String> KINDS =
      List.of(
          "clean-exit",
          "lines",
          "intact",
          "pids",
          "children",
          "shared-lock",
          "order",
          "received",
          "number",
          "queue-result",
          "plausible-sum");

  String id();

  String description();

  int points();

  /** What to try, in the instructor's words; null for the check kind's own advice. */
  String hint();

  /** Who sees the check in a platform's results; null in the file means visible. */
  Visibility visibility();

  /** The check's visibility, visible when grading-config does not say. */
  default Visibility shownTo() {
    return visibility() == null ? Visibility.VISIBLE : visibility();
  }

  /** The program finishes: no timeout, exit status 0, no uncaught exception in any process. */
  record CleanExit(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint)
      implements CheckSpec {}

  /** Every expected line, the expected number of times, by the expected process. */
  record Lines(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint,
      boolean allowExtra)
      implements CheckSpec {}

  /** Every line of the captured output is one whole expected line. */
  record Intact(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint)
      implements CheckSpec {}

  /** Printed pids name distinct real children that wrote the lines themselves. */
  record Pids(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint,
      @JsonProperty(required = true) List<String> lines)
      implements CheckSpec {}

  /** The number of child processes started is the exercise's {@code children}. */
  record Children(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint)
      implements CheckSpec {}

  /** The listed lines are printed while holding one Lock that the parent created. */
  record SharedLock(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint,
      @JsonProperty(required = true) List<String> lines)
      implements CheckSpec {}

  /** Line {@code first} is printed before line {@code then}. */
  record Order(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint,
      @JsonProperty(required = true) String first,
      @JsonProperty(required = true) String then,
      Pairing pairing,
      Expect expect)
      implements CheckSpec {
    public Order {
      pairing = pairing == null ? Pairing.ALL : pairing;
      expect = expect == null ? Expect.ALWAYS : expect;
    }
  }

  /** The process printing {@code line} first took {@code value} from a queue. */
  record Received(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint,
      @JsonProperty(required = true) String line,
      @JsonProperty(required = true) String value)
      implements CheckSpec {}

  /** A number captured from a line equals an expression of the input fields. */
  record Number(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint,
      @JsonProperty(required = true) String line,
      @JsonProperty(required = true) String capture,
      @JsonProperty(required = true) String equals,
      java.math.BigDecimal tolerance)
      implements CheckSpec {}

  /** The printed number is what the parent took from the queue, and what the children put. */
  record QueueResult(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint,
      @JsonProperty(required = true) String line,
      @JsonProperty(required = true) String capture,
      @JsonProperty(required = true) int producers)
      implements CheckSpec {}

  /** Each child's partial sum is plausible for its number of random draws. */
  record PlausibleSum(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) int points,
      Visibility visibility,
      String hint,
      @JsonProperty(required = true) String line,
      @JsonProperty(required = true) String capture,
      @JsonProperty(required = true) int producers,
      @JsonProperty(required = true) long draws,
      @JsonProperty(required = true) long low,
      @JsonProperty(required = true) long high)
      implements CheckSpec {}

  /** How the instances of two lines are paired in an order check. */
  enum Pairing {
    /** Every instance of {@code first} before every instance of {@code then}. */
    @JsonProperty("all")
    ALL,
    /**
     * Instances with the same index: the position in {@code each}, or for a line printed several
     * times, its rank in the order printed.
     */
    @JsonProperty("same")
    SAME,
    /** Within one line family, index k before index k + 1. */
    @JsonProperty("successive")
    SUCCESSIVE
  }

  /** Whether an order must hold, or is only shown in the histogram. */
  enum Expect {
    @JsonProperty("always")
    ALWAYS,
    @JsonProperty("usually")
    USUALLY
  }
}

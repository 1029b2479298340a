package parproc.grader.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A check as grading-config declares it: an id, a description a student can read, points, and
 * the parameters of its kind. The checks package turns each into a {@code Check}.
 *
 * <p>This sealed interface is the registry of check kinds: its {@code permits} clause lists them
 * in the order messages name them, and the compiler holds it to the records below, which are
 * declared in another order. Each record's {@link JsonTypeName} is the name a config gives as
 * {@code kind:}. Jackson's subtypes, the list of kinds in messages, the validation and the
 * checks package's factory are all derived from it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
public sealed interface CheckSpec
    permits CheckSpec.CleanExit,
        CheckSpec.Lines,
        CheckSpec.Intact,
        CheckSpec.Pids,
        CheckSpec.Children,
        CheckSpec.SharedLock,
        CheckSpec.Order,
        CheckSpec.Received,
        CheckSpec.Number,
        CheckSpec.QueueResult,
        CheckSpec.PlausibleSum {

  /** The spec record of every kind, in the order of {@code permits}. */
  static List<Class<?>> types() {
    return Arrays.asList(CheckSpec.class.getPermittedSubclasses());
  }

  /** The kinds a config may name, as written there, in the order of {@code permits}. */
  static List<String> kinds() {
    return types().stream().map(CheckSpec::kind).toList();
  }

  /** The name a config gives a spec type as {@code kind:}. */
  static String kind(Class<?> type) {
    return type.getAnnotation(JsonTypeName.class).value();
  }

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

  /**
   * Reports what this kind's parameters get wrong about the rest of the exercise, beyond what
   * is declared: each {@link LineId} field is checked to name lines before this is called.
   */
  default void validate(Rules rules) {}

  /**
   * What a kind's validation can ask about the exercise it belongs to. Each method reports its
   * own problem, at the field named by a path below the check (e.g. {@code "first"}).
   */
  interface Rules {
    /** The line exists and captures a {@code {number:capture}}. */
    void capture(String line, String capture, String field);

    /** The text is an expression of the exercise's input fields. */
    void expression(String source, String field);

    /** The template names only {@code each} lists of the line and input fields. */
    void value(String template, String line, String field);

    /** Reports the message unless the condition holds. */
    void require(boolean holds, String field, String message);

    /** An optional name, when given, is a Python name. */
    default void pythonName(String name, String field) {
      require(name == null || name.matches("[A-Za-z_][A-Za-z0-9_]*"), field,
          "'" + name + "' is not a Python name");
    }
  }

  /** The program finishes: no timeout, exit status 0, no uncaught exception in any process. */
  @JsonTypeName("clean-exit")
  record CleanExit(@Required String id, @Required String description, @Required int points, Visibility visibility, String hint) implements CheckSpec {}

  /** Every expected line, the expected number of times, by the expected process. */
  @JsonTypeName("lines")
  record Lines(
      @Required String id, @Required String description, @Required int points, Visibility visibility, String hint, boolean allowExtra)
      implements CheckSpec {}


  /** Every line of the captured output is one whole expected line. */
  @JsonTypeName("intact")
  record Intact(@Required String id, @Required String description, @Required int points, Visibility visibility, String hint) implements CheckSpec {}

  /** Printed pids name distinct real children that wrote the lines themselves. */
  @JsonTypeName("pids")
  record Pids(@Required String id, @Required String description, @Required int points, Visibility visibility, String hint,
      @Required @LineId List<String> lines) implements CheckSpec {}


  /** Line {@code first} is printed before line {@code then}. */
  @JsonTypeName("order")
  record Order(
      @Required String id, @Required String description, @Required int points, Visibility visibility, String hint,
      @Required @LineId String first, @Required @LineId String then, Pairing pairing, Expect expect)
      implements CheckSpec {
    public Order {
      pairing = pairing == null ? Pairing.ALL : pairing;
      expect = expect == null ? Expect.ALWAYS : expect;
    }

    @Override
    public void validate(Rules rules) {
      rules.require(pairing != Pairing.SUCCESSIVE || first.equals(then), "pairing",
          "'successive' compares a line with itself: first and then must be equal");
    }
  }


  /** The number of child processes started is the exercise's {@code children}. */
  @JsonTypeName("children")
  record Children(@Required String id, @Required String description, @Required int points, Visibility visibility, String hint) implements CheckSpec {}

  /**
   * The process printing {@code line} first took {@code value} from a queue. {@code shows} and
   * {@code variable} put the exercise's words in the message: what the line does with the value
   * ("greet the name") and what the program calls it ("name").
   */
  @JsonTypeName("received")
  record Received(
      @Required String id, @Required String description, @Required int points, Visibility visibility, String hint,
      @Required @LineId String line, @Required String value, String shows, String variable)
      implements CheckSpec {
    @Override
    public void validate(Rules rules) {
      rules.value(value, line, "value");
      rules.require(shows == null || !shows.isBlank(), "shows", "say what each line does with the value");
      rules.pythonName(variable, "variable");
    }
  }


  /** A number captured from a line equals an expression of the input fields. */
  @JsonTypeName("number")
  record Number(
      @Required String id, @Required String description, @Required int points, Visibility visibility, String hint,
      @Required String line, @Required String capture, @Required String equals, BigDecimal tolerance)
      implements CheckSpec {
    @Override
    public void validate(Rules rules) {
      rules.capture(line, capture, "");
      rules.expression(equals, "equals");
    }
  }


  /** The printed number is what the parent took from the queue, and what the children put. */
  @JsonTypeName("queue-result")
  record QueueResult(
      @Required String id, @Required String description, @Required int points, Visibility visibility, String hint,
      @Required String line, @Required String capture, @Required int producers)
      implements CheckSpec {
    @Override
    public void validate(Rules rules) {
      rules.capture(line, capture, "");
      rules.require(producers >= 1, "producers", "at least one child must put a value");
    }
  }


  /**
   * Each child's partial sum is plausible for its number of random draws. {@code countVariable}
   * is the program's name for the number of draws in all, for the hints ("numNumbers").
   */
  @JsonTypeName("plausible-sum")
  record PlausibleSum(
      @Required String id, @Required String description, @Required int points, Visibility visibility, String hint,
      @Required String line, @Required String capture, @Required int producers, @Required long draws,
      @Required long low, @Required long high, String countVariable)
      implements CheckSpec {
    @Override
    public void validate(Rules rules) {
      rules.capture(line, capture, "");
      rules.require(producers >= 1 && draws >= 1 && low <= high, "",
          "needs producers >= 1, draws >= 1 and low <= high");
      rules.pythonName(countVariable, "count_variable");
    }
  }

  /** The listed lines are printed while holding one Lock that the parent created. */
  @JsonTypeName("shared-lock")
  record SharedLock(@Required String id, @Required String description, @Required int points, Visibility visibility, String hint,
      @Required @LineId List<String> lines) implements CheckSpec {}


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

package parproc.grader.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * One exercise as grading-config declares it: the entry function, where it usually lives, how
 * to run it, the lines a correct program prints, and the checks with their points.
 */
public record ExerciseConfig(
    @JsonProperty(required = true) String exercise,
    String title,
    String kind,
    String file,
    Integer runs,
    Double timeoutSeconds,
    Double sleepScale,
    CountSpec children,
    InputSpec input,
    RunLimits limits,
    @JsonProperty(required = true) List<LineSpec> lines,
    @JsonProperty(required = true) List<CheckSpec> checks) {

  public ExerciseConfig {
    title = title == null ? exercise : title;
    kind = kind == null ? "exercise" : kind;
    runs = runs == null ? 8 : runs;
    timeoutSeconds = timeoutSeconds == null ? 30.0 : timeoutSeconds;
    sleepScale = sleepScale == null ? 1.0 : sleepScale;
    children = children == null ? CountSpec.of(0) : children;
    limits = limits == null ? RunLimits.DEFAULTS : limits;
    lines = List.copyOf(lines);
    checks = List.copyOf(checks);
  }

  /** The line with the given id. */
  public Optional<LineSpec> line(String id) {
    return lines.stream().filter(line -> line.id().equals(id)).findFirst();
  }

  /** The stdin description, if the program reads any. */
  public Optional<InputSpec> inputSpec() {
    return Optional.ofNullable(input);
  }

  /** The most points the exercise gives. */
  public int maxPoints() {
    return checks.stream().mapToInt(CheckSpec::points).sum();
  }
}

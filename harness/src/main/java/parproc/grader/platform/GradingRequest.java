package parproc.grader.platform;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import parproc.grader.runs.isolation.IsolationMode;

/**
 * What to grade and how, carried to the grading tests as JUnit configuration parameters (so an
 * IDE or Surefire can pass them as system properties, and the CLI as launcher parameters).
 *
 * @param exercises the exercises to grade; empty for all of grading-config
 * @param runs runs per exercise, overriding grading-config; null to keep its counts
 * @param seed the grading's seed; null for a fresh one
 * @param jobs runs at once; 0 for one per core
 * @param races whether the probe exposes races (pauses after writes, a start barrier)
 * @param record a folder to save the raw runs to, or null
 * @param replay a folder of saved runs to grade instead of running Python, or null
 * @param timeoutSeconds the time limit of every run, overriding grading-config; null to keep it
 * @param isolation how runs are kept apart from the grader; null for the strongest the machine
 *     allows
 */
public record GradingRequest(
    Path submission,
    Path config,
    List<String> exercises,
    Integer runs,
    String python,
    Long seed,
    int jobs,
    boolean races,
    Path record,
    Path replay,
    Double timeoutSeconds,
    IsolationMode isolation) {

  public static final String PREFIX = "parproc.";

  /** A request with the strongest isolation the machine allows. */
  public GradingRequest(Path submission, Path config, List<String> exercises, Integer runs, String python, Long seed,
      int jobs, boolean races, Path record, Path replay, Double timeoutSeconds) {
    this(submission, config, exercises, runs, python, seed, jobs, races, record, replay, timeoutSeconds, null);
  }

  public GradingRequest {
    exercises = exercises == null ? List.of() : List.copyOf(exercises);
    python = python == null ? "python3" : python;
  }

  /** The request as configuration parameters. */
  public Map<String, String> toParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "submission", submission);
    put(parameters, "config", config);
    if (!exercises.isEmpty()) {
      parameters.put(PREFIX + "exercises", String.join(",", exercises));
    }
    put(parameters, "runs", runs);
    put(parameters, "python", python);
    put(parameters, "seed", seed);
    put(parameters, "jobs", jobs);
    put(parameters, "races", races);
    put(parameters, "record", record);
    put(parameters, "replay", replay);
    put(parameters, "timeout", timeoutSeconds);
    put(parameters, "isolation", isolation == null ? null : isolation.label());
    return parameters;
  }

  private static void put(Map<String, String> parameters, String name, Object value) {
    if (value != null) {
      parameters.put(PREFIX + name, value.toString());
    }
  }

  /** Reads the request back from configuration parameters. */
  public static GradingRequest fromParameters(Function<String, Optional<String>> parameter) {
    Function<String, Optional<String>> get = name -> parameter.apply(PREFIX + name).filter(v -> !v.isBlank());
    return new GradingRequest(
        get.apply("submission").map(Path::of).orElse(Path.of("exercises")),
        get.apply("config").map(Path::of).orElse(Path.of("grading-config")),
        get.apply("exercises").map(v -> List.of(v.split("\\s*,\\s*"))).orElse(List.of()),
        get.apply("runs").map(Integer::valueOf).orElse(null),
        get.apply("python").orElse("python3"),
        get.apply("seed").map(Long::valueOf).orElse(null),
        get.apply("jobs").map(Integer::parseInt).orElse(0),
        get.apply("races").map(Boolean::parseBoolean).orElse(true),
        get.apply("record").map(Path::of).orElse(null),
        get.apply("replay").map(Path::of).orElse(null),
        get.apply("timeout").map(Double::valueOf).orElse(null),
        get.apply("isolation").map(IsolationMode::parse).orElse(null));
  }
}

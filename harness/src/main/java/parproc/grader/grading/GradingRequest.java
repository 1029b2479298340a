package parproc.grader.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parproc.grader.config.BundledConfig;
import parproc.grader.runs.isolation.IsolationMode;

/**
 * What to grade and how: one submission, the grading-config to grade it by, and the options of
 * the grading. Built only by {@link #builder()}, which holds every default and checks every
 * value, so the CLI, the JUnit adapter and the class grading all grade alike.
 */
public final class GradingRequest {

  /** The Python command used when none is named. */
  public static final String DEFAULT_PYTHON = "python3";

  private final Path submission;
  private final Path config;
  private final List<String> exercises;
  private final Integer runs;
  private final String python;
  private final Long seed;
  private final boolean races;
  private final Path record;
  private final Path replay;
  private final boolean keepRuns;
  private final Double timeoutSeconds;
  private final IsolationMode isolation;
  private final boolean portable;
  private final String startMethod;

  /** The start methods a run's default may be set to, as multiprocessing names them. */
  public static final List<String> START_METHODS = List.of("fork", "spawn", "forkserver");

  private GradingRequest(Builder builder, Path home, boolean project) {
    this.submission = builder.submission != null ? builder.submission
        : project ? home.resolve("exercises") : defaultSubmission(home);
    this.config = builder.config != null ? builder.config
        : project ? home.resolve("grading-config") : defaultConfig(home);
    this.exercises = List.copyOf(builder.exercises);
    this.runs = builder.runs;
    this.python = builder.python != null ? builder.python : DEFAULT_PYTHON;
    this.seed = builder.seed;
    this.races = builder.races;
    this.record = builder.record;
    this.replay = builder.replay;
    this.keepRuns = builder.keepRuns;
    this.timeoutSeconds = builder.timeoutSeconds;
    this.isolation = builder.isolation;
    this.portable = builder.portable;
    this.startMethod = builder.startMethod;
  }

  /** A seed for a grading given none: 48 random bits, short enough to read back and type in. */
  public static long freshSeed() {
    return new SecureRandom().nextLong() & 0xFFFF_FFFF_FFFFL;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The project's {@code exercises/}; without a project around (the jar alone), the current
   * folder, where a student keeps the programs.
   */
  private static Path defaultSubmission(Path home) {
    Path exercises = home.resolve("exercises");
    return Files.isDirectory(exercises) || Files.isDirectory(home.resolve("grading-config")) ? exercises : Path.of("");
  }

  /** The project's {@code grading-config/}; without a project around, the one the grader's jar carries. */
  private static Path defaultConfig(Path home) {
    Path project = home.resolve("grading-config");
    return Files.isDirectory(project) ? project : BundledConfig.folder().orElse(project);
  }

  /** A builder holding this request's values, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder().submission(submission).config(config).exercises(exercises).runs(runs)
        .python(python).seed(seed).races(races).record(record).replay(replay).keepRuns(keepRuns)
        .timeoutSeconds(timeoutSeconds).isolation(isolation).portable(portable).startMethod(startMethod);
    return builder;
  }

  /**
   * The folder of .py files graded; by default {@code exercises/} of the project, or the current
   * folder where there is no project (the jar alone).
   */
  public Path submission() {
    return submission;
  }

  /**
   * The grading-config folder; by default {@code grading-config/} of the project, or the module's
   * own, inside the grader's jar, where there is no project.
   */
  public Path config() {
    return config;
  }

  /** The exercises to grade, in order; empty for every exercise of grading-config. */
  public List<String> exercises() {
    return exercises;
  }

  /** Runs per exercise, overriding grading-config; empty to keep its counts. */
  public Optional<Integer> runs() {
    return Optional.ofNullable(runs);
  }

  /** The Python command that runs the programs. */
  public String python() {
    return python;
  }

  /** How runs are kept apart from the grader; null for the strongest the machine allows. */
  public IsolationMode isolation() {
    return isolation;
  }

  /**
   * Whether the runs' processes are found and stopped through the JDK's process API alone, as on a
   * system without /proc, cgroups or namespaces (macOS, Windows), even where Linux has them; the
   * isolation is then none.
   */
  public boolean portable() {
    return portable;
  }

  /**
   * The default start method of the graded programs (fork, spawn or forkserver); a program that
   * chooses its own keeps it. Empty for the platform's own default.
   */
  public Optional<String> startMethod() {
    return Optional.ofNullable(startMethod);
  }

  /** The grading's seed; empty for a fresh one. */
  public Optional<Long> seed() {
    return Optional.ofNullable(seed);
  }

  /** Whether the probe exposes races (pauses after writes, a start barrier); true by default. */
  public boolean races() {
    return races;
  }

  /** A folder to save the raw runs to. */
  public Optional<Path> record() {
    return Optional.ofNullable(record);
  }

  /** A folder of saved runs graded instead of running Python. */
  public Optional<Path> replay() {
    return Optional.ofNullable(replay);
  }

  /**
   * Whether the grading keeps its raw runs in memory for its caller ({@link Grading#runs()}), to
   * draw them on a report page; false by default, since a grading's runs may be many.
   */
  public boolean keepRuns() {
    return keepRuns;
  }

  /** The time limit of every run, overriding grading-config; empty to keep it. */
  public Optional<Double> timeoutSeconds() {
    return Optional.ofNullable(timeoutSeconds);
  }

  @Override
  public String toString() {
    return "GradingRequest[submission=" + submission + ", config=" + config + ", exercises=" + exercises
        + ", runs=" + runs + ", python=" + python + ", seed=" + seed + ", races=" + races + ", record=" + record
        + ", replay=" + replay + ", keepRuns=" + keepRuns + ", timeoutSeconds=" + timeoutSeconds
        + ", portable=" + portable + ", startMethod=" + startMethod + "]";
  }

  /** The fields of a request, as named in a {@link InvalidRequestException}. */
  public enum Field {
    SUBMISSION, CONFIG, EXERCISES, RUNS, PYTHON, SEED, RACES, RECORD, REPLAY, TIMEOUT, START_METHOD
  }

  /** Collects a request's values; {@link #build()} fills in the defaults and checks them all. */
  public static final class Builder {

    private Path home;
    private Path submission;
    private Path config;
    private final List<String> exercises = new ArrayList<>();
    private Integer runs;
    private String python;
    private Long seed;
    private boolean races = true;
    private Path record;
    private Path replay;
    private boolean keepRuns;
    private Double timeoutSeconds;
    private IsolationMode isolation;
    private boolean portable;
    private String startMethod;

    private Builder() {}

    /**
     * The project folder the default submission and grading-config are found in; by default
     * the system property {@code parproc.home} (set by the {@code grade} launcher), else the
     * working directory.
     */
    public Builder home(Path home) { this.home = home; return this; }

    public Builder submission(Path submission) { this.submission = submission; return this; }

    public Builder config(Path config) { this.config = config; return this; }

    /** Replaces the exercises to grade; none means every exercise. */
    public Builder exercises(List<String> exercises) {
      this.exercises.clear();
      if (exercises != null) {
        this.exercises.addAll(exercises);
      }
      return this;
    }

    public Builder exercise(String exercise) { this.exercises.add(exercise); return this; }

    public Builder runs(Integer runs) { this.runs = runs; return this; }

    public Builder python(String python) { this.python = python; return this; }

    public Builder seed(Long seed) { this.seed = seed; return this; }

    public Builder races(boolean races) { this.races = races; return this; }

    public Builder record(Path record) { this.record = record; return this; }

    public Builder replay(Path replay) { this.replay = replay; return this; }

    /** Keeps the raw runs in memory for {@link Grading#runs()}. */
    public Builder keepRuns(boolean keepRuns) { this.keepRuns = keepRuns; return this; }

    public Builder timeoutSeconds(Double timeoutSeconds) { this.timeoutSeconds = timeoutSeconds; return this; }

    /** How runs are kept apart from the grader; null (the default) for the strongest the machine allows. */
    public Builder isolation(IsolationMode isolation) { this.isolation = isolation; return this; }

    /** Finds and stops the runs' processes through the JDK's process API alone (the portable mode). */
    public Builder portable(boolean portable) { this.portable = portable; return this; }

    /** The graded programs' default start method; null (the default) for the platform's own. */
    public Builder startMethod(String startMethod) { this.startMethod = startMethod; return this; }

    /**
     * The request, with defaults filled in; a value that cannot be graded with is an
     * {@link InvalidRequestException} naming its field.
     */
    public GradingRequest build() {
      if (runs != null && runs < 1) {
        throw InvalidRequestException.value(Field.RUNS, "must be at least 1");
      }
      if (timeoutSeconds != null && !(timeoutSeconds > 0 && Double.isFinite(timeoutSeconds))) {
        throw InvalidRequestException.value(Field.TIMEOUT, "must be more than 0 seconds");
      }
      if (python != null && python.isBlank()) {
        throw InvalidRequestException.value(Field.PYTHON, "cannot be empty");
      }
      if (startMethod != null && !START_METHODS.contains(startMethod)) {
        throw InvalidRequestException.value(Field.START_METHOD, "must be fork, spawn or forkserver, not '"
            + startMethod + "'");
      }
      if (startMethod != null && !startMethod.equals("spawn") && windows()) {
        throw InvalidRequestException.value(Field.START_METHOD, startMethod + " does not exist on Windows, whose"
            + " only start method is spawn");
      }
      if (exercises.stream().anyMatch(id -> id == null || id.isBlank())) {
        throw InvalidRequestException.value(Field.EXERCISES, "cannot name an empty exercise");
      }
      // A project named (a test's home, or parproc.home from ./grade) is the project; otherwise
      // the working folder is one only if it holds a project's folders (the jar alone).
      boolean project = home != null || System.getProperty("parproc.home") != null;
      GradingRequest request = new GradingRequest(this, home != null ? home : defaultHome(), project);
      if (!Files.isDirectory(request.config)) {
        throw InvalidRequestException.folder(Field.CONFIG,
            "no grading-config folder at " + request.config.toAbsolutePath());
      }
      if (replay == null && submission == null && request.submission.equals(Path.of("")) && !holdsPython(request.submission)) {
        throw InvalidRequestException.folder(Field.SUBMISSION, "no .py file in the current folder ("
            + request.submission.toAbsolutePath() + "): name the folder of your programs, as in: grade my-work");
      }
      if (replay == null && !Files.isDirectory(request.submission)) {
        throw InvalidRequestException.folder(Field.SUBMISSION, "no such folder: " + request.submission);
      }
      if (replay != null && !Files.isDirectory(replay)) {
        throw InvalidRequestException.folder(Field.REPLAY, "no recording at " + replay);
      }
      return request;
    }

    private static boolean windows() {
      return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    private static boolean holdsPython(Path folder) {
      try (var files = Files.list(folder)) {
        return files.anyMatch(file -> file.getFileName().toString().endsWith(".py") && Files.isRegularFile(file));
      } catch (java.io.IOException e) {
        return false;
      }
    }

    private static Path defaultHome() {
      String home = System.getProperty("parproc.home");
      return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }
  }
}

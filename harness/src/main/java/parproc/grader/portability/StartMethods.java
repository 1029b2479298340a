package parproc.grader.portability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import parproc.grader.grading.Grader;
import parproc.grader.grading.Grading;
import parproc.grader.grading.GradingListener;
import parproc.grader.grading.GradingRequest;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.observations.TraceEvent;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;

/**
 * Grades a submission under each start method (fork, spawn, forkserver) with one seed, as the
 * programs' default, and finds each exercise whose outcome depends on the method: a check it
 * passes under one method and fails under another, or a Lock the grader had to keep alive for
 * children still starting (which, run alone, fails under spawn).
 */
public final class StartMethods {

  /** Where each method is the default, as a student would meet it. */
  private static final Map<String, String> DEFAULT_ON = Map.of(
      "fork", "the default on Linux up to Python 3.13",
      "spawn", "the default on macOS and Windows",
      "forkserver", "the default on Linux from Python 3.14");

  private StartMethods() {}

  /**
   * One exercise under every method.
   *
   * @param scores each method's score, in the order graded
   * @param verdict how the outcome depends on the method, in the student's terms; null when it does not
   */
  public record Across(String id, String title, int maxScore, Map<String, Integer> scores, String verdict) {}

  /** The exercises under every method, the seed they shared, and what kept any grading from being whole. */
  public record Portability(long seed, List<String> methods, List<Across> exercises, List<String> problems) {

    /** Whether every exercise got full marks under every method, and none depends on it. */
    public boolean allPortable() {
      return problems.isEmpty() && exercises.stream().allMatch(e -> e.verdict() == null
          && e.scores().values().stream().allMatch(score -> score == e.maxScore()));
    }
  }

  /** The start methods this platform has: only spawn on Windows. */
  public static List<String> methodsHere() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? List.of("spawn")
        : GradingRequest.START_METHODS;
  }

  /** Grades {@code base} under each of {@code methods}, at once with {@code grader}'s slots, with one seed. */
  public static Portability grade(Grader grader, GradingRequest base, List<String> methods, long seed) {
    Map<String, Grading> gradings = new LinkedHashMap<>();
    for (String method : methods) {
      GradingRequest request = base.toBuilder().startMethod(method).seed(seed).keepRuns(true).record(null).build();
      gradings.put(method, grader.start(request, GradingListener.NONE));
    }
    Map<String, GradeReport> reports = new LinkedHashMap<>();
    Map<String, Map<String, ObservedExercise>> runs = new LinkedHashMap<>();
    gradings.forEach((method, grading) -> {
      reports.put(method, grading.report().join());
      runs.put(method, grading.runs());
    });
    return compare(reports, runs, base.submission());
  }

  /** Compares the reports of one submission under each method (in the order given). */
  static Portability compare(Map<String, GradeReport> reports, Map<String, Map<String, ObservedExercise>> runs,
      Path submission) {
    List<String> methods = List.copyOf(reports.keySet());
    GradeReport first = reports.values().iterator().next();
    Set<String> problems = new LinkedHashSet<>();
    reports.forEach((method, report) -> report.problems().forEach(problem -> problems.add(method + ": " + problem)));
    List<Across> exercises = new ArrayList<>();
    for (ExerciseResult exercise : first.exercises()) {
      Map<String, ExerciseResult> results = new LinkedHashMap<>();
      for (String method : methods) {
        reports.get(method).exercises().stream().filter(e -> e.id().equals(exercise.id())).findFirst()
            .ifPresent(result -> results.put(method, result));
      }
      if (results.size() != methods.size() || results.values().stream().allMatch(r -> r.runs() == 0)) {
        continue;
      }
      Map<String, Integer> scores = new LinkedHashMap<>();
      results.forEach((method, result) -> scores.put(method, result.score()));
      Map<String, ObservedExercise> observed = new LinkedHashMap<>();
      methods.forEach(method -> observed.put(method, runs.getOrDefault(method, Map.of()).get(exercise.id())));
      exercises.add(new Across(exercise.id(), exercise.title(), exercise.maxScore(), scores,
          verdict(exercise.id(), results, observed, submission).orElse(null)));
    }
    return new Portability(first.seed(), methods, exercises, List.copyOf(problems));
  }

  /** How the exercise's outcome depends on the method, or empty when it does not. */
  private static Optional<String> verdict(String id, Map<String, ExerciseResult> results,
      Map<String, ObservedExercise> runs, Path submission) {
    Map<String, Set<String>> passed = new LinkedHashMap<>();
    results.forEach((method, result) -> passed.put(method, result.checks().stream().filter(CheckResult::passed)
        .map(CheckResult::id).collect(Collectors.toCollection(LinkedHashSet::new))));
    Set<String> kept = new LinkedHashSet<>();
    runs.forEach((method, observed) -> {
      if (observed != null && observed.runs().stream()
          .anyMatch(run -> run.trace().all(TraceEvent.KeptAlive.class).findAny().isPresent())) {
        kept.add(method);
      }
    });
    boolean differs = passed.values().stream().distinct().count() > 1;
    if (!differs && kept.isEmpty()) {
      return Optional.empty();
    }
    int best = results.values().stream().mapToInt(ExerciseResult::score).max().orElse(0);
    List<String> works = new ArrayList<>();
    List<String> fails = new ArrayList<>();
    results.forEach((method, result) -> (result.score() == best && !kept.contains(method) ? works : fails).add(method));
    if (works.isEmpty() || fails.isEmpty()) {
      return Optional.of(id + " fails differently under each start method ("
          + results.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().score() + "/" + e.getValue().maxScore())
              .collect(Collectors.joining(", ")) + ")" + reason(fails.isEmpty() ? works : fails, results, runs, submission)
              .map(reason -> ": " + reason).orElse("") + ".");
    }
    String failing = fails.stream().map(method -> method + ", " + DEFAULT_ON.get(method))
        .collect(Collectors.joining(", and with "));
    boolean sameScores = results.values().stream().mapToInt(ExerciseResult::score).distinct().count() == 1;
    // A Lock the grader kept alive: the scores agree here, but run alone the program fails.
    String sentence = sameScores ? "gets the same score with every start method here, but run alone it works with "
        + String.join(" and ", works) + " and fails with " + failing
        : "works with " + String.join(" and ", works) + ", fails with " + failing;
    return Optional.of(id + " " + sentence + reason(fails, results, runs, submission).map(reason -> ": " + reason)
        .orElse("") + ".");
  }

  /** The reason the failing methods' runs give, the first that names one; else the first failed check. */
  private static Optional<String> reason(List<String> fails, Map<String, ExerciseResult> results,
      Map<String, ObservedExercise> runs, Path submission) {
    for (String method : fails) {
      ObservedExercise observed = runs.get(method);
      if (observed != null && !method.equals("fork")) {
        Optional<String> reason = MethodReason.under(method, observed, submission);
        if (reason.isPresent()) {
          return reason;
        }
      }
    }
    String method = fails.get(0);
    Optional<CheckResult> failed = results.get(method).checks().stream().filter(check -> !check.passed()).findFirst();
    String which = failed.map(check -> check.id() + " fails under " + method
        + (check.histogram().isEmpty() ? "" : " (" + check.histogram().get(0).outcome() + ")")).orElse(null);
    if (method.equals("fork")) {
      return Optional.of("under fork each child starts as a copy of the parent, with every global as the parent left"
          + " it, while spawn and forkserver import the file afresh in each child" + (which == null ? "" : "; here "
          + which));
    }
    return Optional.ofNullable(which).filter(Objects::nonNull);
  }
}

package parproc.grader.grading;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import parproc.grader.HarnessException;
import parproc.grader.config.ConfigProblem;
import parproc.grader.config.GradingConfig;
import parproc.grader.config.LoadedExercise;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.Recording;
import parproc.grader.submissions.Submission;

/**
 * One grading of one submission, from its plan to its grade: reads grading-config, resolves
 * Python, surveys the submission and starts every exercise's runs (or reads a recording
 * instead), then builds the grade as the exercises finish.
 */
final class GradingRun {

  private final CompletableFuture<GradeReport> report = new CompletableFuture<>();
  private final List<Entry> entries = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final Grader grader;
  private final GradingRequest request;
  private final Listening listening;
  /** The raw runs of each exercise, where the request keeps them for its caller. */
  private final Map<String, ObservedExercise> kept = new ConcurrentHashMap<>();
  private String python = "";
  private String isolation;
  private long seed;

  /** A planned exercise, its points, and how to start it. */
  private record Entry(PlannedExercise planned, int maxScore, Supplier<CompletableFuture<ExerciseResult>> start) {}

  GradingRun(Grader grader, GradingRequest request, GradingListener listener) {
    this.grader = grader;
    this.request = request;
    this.listening = new Listening(listener);
  }

  CompletableFuture<GradeReport> report() {
    return report;
  }

  Grading grading() {
    return new Grading(request, entries.stream().map(Entry::planned).toList(), report, this::keptInOrder);
  }

  private Map<String, ObservedExercise> keptInOrder() {
    Map<String, ObservedExercise> runs = new LinkedHashMap<>();
    for (Entry entry : entries) {
      ObservedExercise recording = kept.get(entry.planned().id());
      if (recording != null) {
        runs.put(entry.planned().id(), recording);
      }
    }
    return Collections.unmodifiableMap(runs);
  }

  /** Plans the grading, tells the listener, then starts every exercise. */
  void begin() {
    GradingConfig config = grader.config(request.config());
    try {
      if (request.replay().isPresent()) {
        planReplay(config);
      } else {
        planLive(config);
      }
    } catch (HarnessException e) {
      entries.clear();
      problems.clear();
      problems.add(e.getMessage());
    }
    listening.gradingStarted(request.submission(), entries.stream().map(entry -> entry.planned().id()).toList());
    for (Entry entry : entries) {
      CompletableFuture<ExerciseResult> started;
      try {
        started = entry.start().get();
      } catch (RuntimeException e) {
        started = CompletableFuture.failedFuture(e);
      }
      started.whenComplete((result, error) -> finish(entry, result != null ? result : harnessError(entry, cause(error))));
    }
    CompletableFuture.allOf(entries.stream().map(entry -> entry.planned().result()).toArray(CompletableFuture[]::new))
        .thenRun(this::conclude)
        // A bug in building the grade must not leave its callers waiting for ever.
        .exceptionally(error -> {
          report.completeExceptionally(error);
          return null;
        });
  }

  private void planLive(GradingConfig config) throws HarnessException {
    Grader.Python resolved = grader.resolve(request.python(), request.isolation(), request.portable());
    Submission submission = Submission.survey(request.submission(), resolved.processes());
    // The grader's copy of the submission goes once the grade is made.
    report.whenComplete((grade, error) -> submission.discard());
    python = resolved.isolation().python().version();
    isolation = resolved.isolation().describe();
    seed = request.seed().orElseGet(GradingRequest::freshSeed);
    Recording recording = request.record().map(Recording::new).orElse(null);
    if (recording != null) {
      recording.writeSession(new Recording.Session(Recording.Session.FORMAT,
          request.submission().toAbsolutePath().toString(), python, seed, Instant.now().toString(), isolation));
    }
    ExerciseGrader.Runner runner = new ExerciseGrader.Runner(submission, resolved.processes(), grader.admission(),
        Admission.Rank.OTHERS, request.races(), request.timeoutSeconds().orElse(null),
        request.startMethod().orElse(null), listening::runFinished,
        config.exercises().stream().map(LoadedExercise::id).collect(Collectors.toSet()));
    plan(config, exercise -> () -> {
      ExerciseGrader exerciseGrader = new ExerciseGrader(exercise);
      // Programs that sleep start first: they hold a core little, and the others fill the cores meanwhile.
      ExerciseGrader.Runner queued = runner.rankedAs(
          exercise.config().sleepScale() < 1 ? Admission.Rank.SLEEPERS : Admission.Rank.OTHERS);
      return exerciseGrader.grade(queued, seed, request.runs().orElse(null)).thenApply(judged -> {
        if (request.keepRuns()) {
          kept.put(exercise.id(), judged.observed());
        }
        if (recording != null) {
          try {
            recording.write(judged.recording());
          } catch (HarnessException e) {
            throw new CompletionException(e);
          }
        }
        return exerciseGrader.result(judged);
      });
    });
  }

  private void planReplay(GradingConfig config) throws HarnessException {
    Recording recording = new Recording(request.replay().orElseThrow());
    Recording.Session saved = recording.readSession();
    Map<String, ExerciseRecording> recorded = new LinkedHashMap<>();
    for (ExerciseRecording exercise : recording.readExercises()) {
      recorded.put(exercise.exercise(), exercise);
    }
    python = saved.python();
    isolation = saved.isolation();
    seed = saved.seed();
    plan(config, exercise -> () -> {
      ExerciseRecording saves = recorded.get(exercise.id());
      if (saves == null) {
        return CompletableFuture.completedFuture(ExerciseResult.harnessError(exercise.id(),
            exercise.config().title(), exercise.config().maxPoints(),
            "the recording " + recording.folder() + " holds no runs of " + exercise.id()));
      }
      // Judging a recording computes: it waits for a core as a run does.
      return grader.admission().admit(Admission.Rank.OTHERS, ticket -> {
        ExerciseGrader exerciseGrader = new ExerciseGrader(exercise);
        ExerciseGrader.Judged judged = exerciseGrader.judge(saves);
        if (request.keepRuns()) {
          kept.put(exercise.id(), judged.observed());
        }
        return exerciseGrader.result(judged);
      });
    });
  }

  private interface Starter {
    Supplier<CompletableFuture<ExerciseResult>> of(LoadedExercise exercise);
  }

  private void plan(GradingConfig config, Starter starter) {
    List<String> ids = request.exercises().isEmpty() ? allIds(config) : request.exercises();
    for (String id : ids) {
      var exercise = config.exercise(id);
      List<ConfigProblem> broken = config.problemsOf(id);
      if (exercise.isPresent()) {
        add(id, exercise.get().config().title(), exercise.get().config().maxPoints(), starter.of(exercise.get()));
      } else if (!broken.isEmpty()) {
        String message = broken.stream().map(ConfigProblem::describe).collect(Collectors.joining("\n"));
        ExerciseResult result = ExerciseResult.configError(id, message);
        add(id, id, 0, () -> CompletableFuture.completedFuture(result));
      } else {
        problems.add("no exercise '" + id + "' in " + request.config() + "; the exercises are: "
            + String.join(", ", allIds(config)));
      }
    }
    for (ConfigProblem problem : config.problems()) {
      if (problem.exercise() == null) {
        problems.add(problem.describe());
      }
    }
  }

  private void add(String id, String title, int maxScore, Supplier<CompletableFuture<ExerciseResult>> start) {
    entries.add(new Entry(new PlannedExercise(id, title, new CompletableFuture<>()), maxScore, start));
  }

  private static List<String> allIds(GradingConfig config) {
    List<String> ids = new ArrayList<>(config.exercises().stream().map(LoadedExercise::id).toList());
    config.problems().stream().map(ConfigProblem::exercise)
        .filter(id -> id != null && !ids.contains(id)).distinct().forEach(ids::add);
    return ids;
  }

  /** Gives an exercise its result, once: the first result wins, say a stop before its runs end. */
  private void finish(Entry entry, ExerciseResult result) {
    synchronized (entry) {
      if (!entry.planned().result().isDone()) {
        listening.exerciseFinished(result);
        entry.planned().result().complete(result);
      }
    }
  }

  private static ExerciseResult harnessError(Entry entry, String reason) {
    return ExerciseResult.harnessError(entry.planned().id(), entry.planned().title(), entry.maxScore(),
        "harness error: " + reason);
  }

  /** What broke, as a harness error says it: a harness's own reason as it is, a bug by its type. */
  private static String cause(Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof HarnessException ? cause.getMessage() : cause.toString();
  }

  private void conclude() {
    List<ExerciseResult> results = entries.stream().map(entry -> entry.planned().result().join()).toList();
    GradeReport grade = grade(results);
    listening.gradingFinished(grade);
    // A listener that failed on the grade itself still shows in it.
    report.complete(listening.failures().isEmpty() ? grade : grade(results));
  }

  private GradeReport grade(List<ExerciseResult> results) {
    List<String> all = new ArrayList<>(problems);
    all.addAll(listening.failures());
    return new GradeReport(request.submission().toString(), python, seed, results, all, isolation);
  }

  /** Completes what is still running as harness errors: the grader was closed under it. */
  void abandon() {
    for (Entry entry : entries) {
      finish(entry, harnessError(entry, "the grading was stopped"));
    }
  }

  /** The listener, called so that its exceptions become problems of the grade. */
  private static final class Listening {
    private final GradingListener listener;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    Listening(GradingListener listener) {
      this.listener = listener;
    }

    List<String> failures() {
      synchronized (failures) {
        return List.copyOf(failures);
      }
    }

    private void call(String event, Runnable call) {
      try {
        call.run();
      } catch (RuntimeException e) {
        failures.add("a grading listener failed on " + event + ": " + e);
      }
    }

    void gradingStarted(Path submission, List<String> exercises) {
      call("gradingStarted", () -> listener.gradingStarted(submission, exercises));
    }

    void runFinished(String exercise, int index) {
      call("runFinished", () -> listener.runFinished(exercise, index));
    }

    void exerciseFinished(ExerciseResult result) {
      call("exerciseFinished", () -> listener.exerciseFinished(result));
    }

    void gradingFinished(GradeReport grade) {
      call("gradingFinished", () -> listener.gradingFinished(grade));
    }
  }
}

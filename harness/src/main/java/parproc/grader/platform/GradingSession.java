package parproc.grader.platform;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import parproc.grader.config.ConfigLoader;
import parproc.grader.config.ConfigProblem;
import parproc.grader.config.GradingConfig;
import parproc.grader.config.LoadedExercise;
import parproc.grader.histogram.CheckResult;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.HarnessException;
import parproc.grader.runs.ProbeFiles;
import parproc.grader.runs.ProcessRunner;
import parproc.grader.runs.PythonInterpreter;
import parproc.grader.runs.Recording;
import parproc.grader.score.ExerciseResult;
import parproc.grader.score.ExerciseStatus;
import parproc.grader.submissions.Submission;

/**
 * One grading of one submission: reads grading-config, resolves Python, surveys the submission
 * and starts every exercise's runs at once (they share one pool of run slots, one per core), or,
 * replaying, reads a recording instead. Exercises are graded as their runs finish.
 */
public final class GradingSession implements AutoCloseable {

  /** An exercise of the grading: its checks' names, and its result when it is ready. */
  public record Planned(String id, String title, List<String> checks, CompletableFuture<ExerciseResult> result) {}

  private final GradingRequest request;
  private final long seed;
  private final String pythonVersion;
  private final List<Planned> planned = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private ProcessRunner processes;
  private ExecutorService runPool;
  private ExecutorService exercisePool;

  private GradingSession(GradingRequest request, long seed, String pythonVersion) {
    this.request = request;
    this.seed = seed;
    this.pythonVersion = pythonVersion;
  }

  /** Opens a session; a reason the grading cannot start at all is a {@link HarnessException}. */
  public static GradingSession open(GradingRequest request) throws HarnessException {
    GradingConfig config = new ConfigLoader().load(request.config());
    if (request.replay() != null) {
      return replay(request, config);
    }
    PythonInterpreter python = PythonInterpreter.resolve(request.python());
    ProbeFiles probe = ProbeFiles.extract();
    Submission submission = Submission.survey(request.submission(), python, probe);
    long seed = request.seed() != null ? request.seed() : new SecureRandom().nextLong() & 0xFFFF_FFFF_FFFFL;
    GradingSession session = new GradingSession(request, seed, python.version());
    int jobs = request.jobs() > 0 ? request.jobs() : Runtime.getRuntime().availableProcessors();
    session.processes = new ProcessRunner(python, probe);
    session.runPool = Executors.newFixedThreadPool(jobs, daemon("parproc-run"));
    session.exercisePool = Executors.newCachedThreadPool(daemon("parproc-exercise"));
    Recording recording = request.record() == null ? null : new Recording(request.record());
    if (recording != null) {
      recording.writeSession(new Recording.Session(Recording.Session.FORMAT,
          request.submission().toAbsolutePath().toString(), python.version(), seed, Instant.now().toString()));
    }
    ExerciseGrader.Runner runner = new ExerciseGrader.Runner(submission, session.processes, session.runPool, request.races(),
        request.timeoutSeconds(), config.exercises().stream().map(LoadedExercise::id).collect(java.util.stream.Collectors.toSet()));
    session.plan(config, exercise -> {
      ExerciseGrader grader = new ExerciseGrader(exercise);
      return CompletableFuture.supplyAsync(() -> {
        try {
          ExerciseRecording recorded = grader.record(runner, seed, request.runs());
          if (recording != null) {
            recording.write(recorded);
          }
          return grader.result(recorded);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (HarnessException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      }, session.exercisePool);
    });
    return session;
  }

  private static GradingSession replay(GradingRequest request, GradingConfig config) throws HarnessException {
    Recording recording = new Recording(request.replay());
    Recording.Session saved = recording.readSession();
    Map<String, ExerciseRecording> recorded = new LinkedHashMap<>();
    for (ExerciseRecording exercise : recording.readExercises()) {
      recorded.put(exercise.exercise(), exercise);
    }
    GradingSession session = new GradingSession(request, saved.seed(), saved.python());
    session.plan(config, exercise -> {
      ExerciseRecording saves = recorded.get(exercise.id());
      if (saves == null) {
        return CompletableFuture.completedFuture(ExerciseResult.of(exercise.id(), exercise.config().title(),
            ExerciseStatus.HARNESS_ERROR, null, exercise.config().maxPoints(), 0, 0,
            "the recording " + request.replay() + " holds no runs of " + exercise.id(), List.of(), null));
      }
      return CompletableFuture.completedFuture(new ExerciseGrader(exercise).result(saves));
    });
    return session;
  }

  private interface Starter {
    CompletableFuture<ExerciseResult> start(LoadedExercise exercise);
  }

  private void plan(GradingConfig config, Starter starter) {
    List<String> ids = request.exercises().isEmpty() ? allIds(config) : request.exercises();
    for (String id : ids) {
      List<ConfigProblem> broken = config.problemsOf(id);
      var exercise = config.exercise(id);
      if (exercise.isPresent()) {
        planned.add(new Planned(id, exercise.get().config().title(),
            exercise.get().config().checks().stream().map(c -> c.id()).toList(), starter.start(exercise.get())));
      } else if (!broken.isEmpty()) {
        String message = broken.stream().map(ConfigProblem::describe).collect(Collectors.joining("\n"));
        planned.add(new Planned(id, id, List.of(), CompletableFuture.completedFuture(
            ExerciseResult.of(id, id, ExerciseStatus.CONFIG_ERROR, null, 0, 0, 0, message, List.<CheckResult>of(), null))));
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

  private static List<String> allIds(GradingConfig config) {
    List<String> ids = new ArrayList<>(config.exercises().stream().map(LoadedExercise::id).toList());
    config.problems().stream().map(ConfigProblem::exercise)
        .filter(id -> id != null && !ids.contains(id)).distinct().forEach(ids::add);
    return ids;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  public List<Planned> planned() {
    return List.copyOf(planned);
  }

  /** Problems not tied to one exercise, each located. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  public long seed() {
    return seed;
  }

  public String pythonVersion() {
    return pythonVersion;
  }

  public GradingRequest request() {
    return request;
  }

  @Override
  public void close() {
    if (exercisePool != null) {
      exercisePool.shutdownNow();
    }
    if (runPool != null) {
      runPool.shutdownNow();
    }
    if (processes != null) {
      processes.close();
    }
  }
}

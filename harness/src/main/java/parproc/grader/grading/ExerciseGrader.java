package parproc.grader.grading;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import parproc.grader.checks.CauseFirst;
import parproc.grader.checks.Check;
import parproc.grader.config.ExerciseConfig;
import parproc.grader.config.LoadedExercise;
import parproc.grader.inputs.InputGenerator;
import parproc.grader.inputs.RunInput;
import parproc.grader.inputs.Seeds;
import parproc.grader.observations.EvidenceGap;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.observations.TraceParser;
import parproc.grader.results.CheckResult;
import parproc.grader.results.CheckTally;
import parproc.grader.results.ExerciseResult;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.ProcessRunner;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunPurpose;
import parproc.grader.runs.RunSpec;
import parproc.grader.submissions.Submission;
import parproc.grader.submissions.SurveyedFile;

/**
 * Grades one exercise: makes its runs (in parallel), looks for a smaller failing input when a
 * generated one failed, and turns the recorded runs into the exercise's result. Each run is
 * observed and judged once, as it ends; the result depends on the recording alone, so a saved
 * grading gives the same report again.
 */
final class ExerciseGrader {

  /**
   * An exercise's recording with each of its runs judged, in the recording's order (a recording an
   * older grader made may hold runs that looked for a smaller failing input: only graded ones count).
   */
  record Judged(ExerciseRecording recording, List<Judge.JudgedRun> runs) {

    List<Judge.JudgedRun> graded() {
      return runs.stream().filter(run -> run.run().purpose() == RunPurpose.GRADED).toList();
    }

    /** The runs as observed, for the report page and the Trace Event export. */
    ObservedExercise observed() {
      return new ObservedExercise(recording.exercise(), runs.stream().map(Judge.JudgedRun::observation).toList());
    }
  }

  private final LoadedExercise exercise;
  private final ExerciseConfig config;
  private final Judge judge;

  ExerciseGrader(LoadedExercise exercise) {
    this.exercise = exercise;
    this.config = exercise.config();
    this.judge = new Judge(config);
  }

  /**
   * Where and how runs are made.
   *
   * @param admission the grader's cores: every run waits for one, and holds it while it computes
   * @param rank which waiting runs this exercise's go before or after
   * @param finished told of each run as it ends
   * @param startMethod the programs' default start method, or null for the platform's own
   * @param entries the entry functions of every exercise in grading-config
   */
  record Runner(Submission submission, ProcessRunner processes, Admission admission, Admission.Rank rank,
      boolean races, Double timeoutSeconds, String startMethod, RunFinished finished, Set<String> entries) {

    /** The same runner with its runs ranked {@code rank}. */
    Runner rankedAs(Admission.Rank rank) {
      return new Runner(submission, processes, admission, rank, races, timeoutSeconds, startMethod, finished,
          entries);
    }
  }

  /** Told of each run as it ends. */
  interface RunFinished {
    void run(String exercise, int index);
  }

  /**
   * Runs the exercise, records everything it ran, and judges each run as it ends. No thread
   * waits on a run: each step follows the runs it needs, in the runner's slots.
   */
  CompletableFuture<Judged> grade(Runner runner, long gradingSeed, Integer runsOverride) {
    long seed = Seeds.derive(gradingSeed, config.exercise());
    Submission.Location location = runner.submission().locate(config.exercise(), config.file(), runner.entries());
    if (location instanceof Submission.Location.Missing missing) {
      return CompletableFuture.completedFuture(new Judged(
          new ExerciseRecording(config.exercise(), null, missing.reason(), missing.message(), seed, null, List.of()),
          List.of()));
    }
    Submission.Location.Found found = (Submission.Location.Found) location;
    Path file = found.file();
    int runs = runsOverride != null ? runsOverride : config.runs();
    List<RunInput> inputs = config.inputSpec()
        .map(spec -> new InputGenerator(spec).inputs(runs, seed))
        .orElse(Collections.nCopies(runs, RunInput.none()));
    List<RunSpec> specs = new ArrayList<>();
    for (int index = 0; index < runs; index++) {
      specs.add(spec(runner, file, RunPurpose.GRADED, index, inputs.get(index), Seeds.derive(seed, index)));
    }
    String relative = runner.submission().folder().relativize(file).toString();
    String note = note(found.survey(), runner.submission());
    // The first runs go first; the rest follow unless those all failed the same way.
    int first = Math.min(FailFast.FIRST_RUNS, runs);
    List<CompletableFuture<Judge.JudgedRun>> leading =
        specs.subList(0, first).stream().map(spec -> run(runner, spec)).toList();
    return CompletableFuture.allOf(leading.toArray(CompletableFuture[]::new))
        .thenCompose(led -> {
          boolean skip = FailFast.sameFailure(
              leading.stream().map(run -> run.join().observation()).toList());
          List<CompletableFuture<Judge.JudgedRun>> graded = new ArrayList<>(leading);
          for (RunSpec spec : specs.subList(first, runs)) {
            graded.add(skip ? skipped(runner, spec) : run(runner, spec));
          }
          return CompletableFuture.allOf(graded.toArray(CompletableFuture[]::new)).thenApply(done -> graded);
        })
        .thenApply(graded -> {
          List<Judge.JudgedRun> judged = graded.stream().map(CompletableFuture::join).toList();
          return new Judged(new ExerciseRecording(config.exercise(), relative, null, null, seed, note,
              judged.stream().map(Judge.JudgedRun::run).toList()), judged);
        });
  }

  /** Observes and judges every run of a recorded exercise, as if it had just been made. */
  Judged judge(ExerciseRecording recording) {
    return new Judged(recording, judge.observe(recording).runs().stream().map(judge::judge).toList());
  }

  /** Tells the student about module-level calls the grader skipped, Python 2 names, and what the copy left out. */
  private String note(SurveyedFile survey, Submission submission) {
    List<String> notes = new ArrayList<>();
    List<String> calls = survey.calls().stream()
        .map(call -> call.name() + "() on line " + call.line()).toList();
    if (!calls.isEmpty()) {
      boolean entryCalled = survey.calls().stream().anyMatch(call -> call.name().equals(config.exercise()));
      notes.add(survey.file() + " calls " + String.join(", ", calls) + " at module level; the grader skips"
          + " such calls and calls " + config.exercise() + "() once itself"
          + (entryCalled ? ", where its first call stands: the lines after it run once it returns, as python3"
              + " runs them." : "."));
    }
    if (!survey.python2Names().isEmpty()) {
      notes.add(survey.file() + " uses " + String.join(", ", survey.python2Names())
          + ", which Python 3 does not have (raw_input is input, xrange is range).");
    }
    submission.leftOutNote().ifPresent(notes::add);
    return notes.isEmpty() ? null : String.join(" ", notes);
  }

  private RunSpec spec(Runner runner, Path file, RunPurpose purpose, int index, RunInput input, long seed) {
    int children = config.children().resolve(input.values()).orElse(0);
    return new RunSpec(config.exercise(), index, purpose, runner.submission().folder(), file, config.exercise(),
        input.values(), input.stdin(), seed, Duration.ofMillis(Math.round(
            (runner.timeoutSeconds() != null ? runner.timeoutSeconds() : config.timeoutSeconds()) * 1000)),
        config.sleepScale(), runner.races(), Math.max(0, children), config.limits(), runner.startMethod());
  }

  /**
   * Makes one run once a core is free for it, handing the core back while the run only sleeps or
   * waits, and ending the run at once if it deadlocks; then judges it, going on from what the
   * watch parsed of its trace while it was live.
   */
  private CompletableFuture<Judge.JudgedRun> run(Runner runner, RunSpec spec) {
    return runner.admission().admit(runner.rank(), ticket -> {
      DeadlockWatch watch = new DeadlockWatch(runner.processes().isolation().system(), ticket::computing);
      RawRun run = runner.processes().run(spec, watch);
      // The core goes to the next run before the listener hears of this one.
      ticket.leave();
      runner.finished().run(spec.exercise(), spec.index());
      return judge.judge(judge.observe(run, watch.parsed()));
    });
  }

  private CompletableFuture<Judge.JudgedRun> skipped(Runner runner, RunSpec spec) {
    runner.finished().run(spec.exercise(), spec.index());
    return CompletableFuture.completedFuture(judge.judge(judge.observe(FailFast.skipped(spec), new TraceParser())));
  }

  /** The exercise's result, computed from its judged recording alone. */
  ExerciseResult result(Judged exercise) {
    ExerciseRecording recording = exercise.recording();
    List<Check> checks = judge.checks();
    if (recording.notRunReason() != null) {
      return notRun(checks, recording, recording.notRunReason(), recording.notRunMessage());
    }
    List<Judge.JudgedRun> judged = exercise.graded();
    Optional<String> starter = judge.notWrittenYet(judged);
    if (starter.isPresent()) {
      return notRun(checks, recording, "not written yet", starter.get());
    }
    List<CheckResult> results = new ArrayList<>();
    for (Check check : checks) {
      List<CheckTally.RunVerdict> verdicts = new ArrayList<>();
      for (Judge.JudgedRun run : judged) {
        verdicts.add(new CheckTally.RunVerdict(run.run().index() + 1, describeInput(run.run()),
            run.verdicts().get(check.id()), run.run().stdoutText()));
      }
      results.add(CheckTally.of(check.id(), check.description(), check.points(), check.spec().shownTo(), verdicts));
    }
    // A cause that several failed checks share is said once, and each of them refers to it.
    CauseFirst.Told told = CauseFirst.once(results);
    ExerciseResult.Judged found = new ExerciseResult.Judged(recording.file(), judged.size(), told.checks(),
        interfered(judged));
    String harnessError = judged.stream().map(Judge.JudgedRun::harnessError)
        .filter(Objects::nonNull).findFirst().orElse(null);
    return (harnessError == null
        ? ExerciseResult.graded(config.exercise(), config.title(), config.maxPoints(), recording.seed(), found,
            recording.note())
        : ExerciseResult.harnessError(config.exercise(), config.title(), config.maxPoints(), recording.seed(), found,
            "harness error: " + harnessError)).withCause(told.cause());
  }

  /** How the first run that interfered with the grader's record did so, numbered; null when none did. */
  private static String interfered(List<Judge.JudgedRun> judged) {
    for (Judge.JudgedRun run : judged) {
      Optional<EvidenceGap> gap = run.observation().evidenceGap().filter(EvidenceGap::interference);
      if (gap.isPresent()) {
        return "run " + (run.run().index() + 1) + ": " + gap.get().detail();
      }
    }
    return null;
  }

  private ExerciseResult notRun(List<Check> checks, ExerciseRecording recording, String reason, String message) {
    List<CheckResult> notRun = checks.stream()
        .map(check -> new CheckResult(check.id(), check.description(), check.points(), false, 0, 0, 0,
            List.of(), null, "not run: " + reason, check.spec().shownTo()))
        .toList();
    return ExerciseResult.notRun(config.exercise(), config.title(), config.maxPoints(), recording.seed(),
        message, notRun);
  }

  static String describeInput(RawRun run) {
    return new RunInput(run.input(), run.stdin(), "").describe();
  }

}

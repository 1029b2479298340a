package parproc.grader.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import parproc.grader.checks.Check;
import parproc.grader.config.ExerciseConfig;
import parproc.grader.config.LoadedExercise;
import parproc.grader.histogram.CheckResult;
import parproc.grader.histogram.Tally;
import parproc.grader.inputs.InputGenerator;
import parproc.grader.inputs.RunInput;
import parproc.grader.inputs.Seeds;
import parproc.grader.inputs.Shrinker;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.ProcessRunner;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunSpec;
import parproc.grader.score.ExerciseResult;
import parproc.grader.score.ExerciseStatus;
import parproc.grader.submissions.Submission;
import parproc.grader.submissions.SurveyedFile;

/**
 * Grades one exercise: makes its runs (in parallel), looks for a smaller failing input when a
 * generated one failed, and turns the recorded runs into the exercise's result. The result is
 * computed from the recording alone, so a saved grading gives the same report again.
 */
final class ExerciseGrader {

  /** Extra runs spent looking for a smaller failing input. */
  static final int SHRINK_BUDGET = 10;

  private final LoadedExercise exercise;
  private final ExerciseConfig config;
  private final Judge judge;

  ExerciseGrader(LoadedExercise exercise) {
    this.exercise = exercise;
    this.config = exercise.config();
    this.judge = new Judge(config);
  }

  /** Where and how runs are made. */
  record Runner(Submission submission, ProcessRunner processes, ExecutorService pool, boolean races,
      Double timeoutSeconds, Set<String> entries) {}

  /** Runs the exercise and records everything it ran. */
  ExerciseRecording record(Runner runner, long gradingSeed, Integer runsOverride) throws InterruptedException {
    long seed = Seeds.derive(gradingSeed, config.exercise());
    Submission.Location location = runner.submission().locate(config.exercise(), config.file(), runner.entries());
    if (location instanceof Submission.Location.Missing missing) {
      return new ExerciseRecording(config.exercise(), null, missing.reason(), missing.message(), seed, null, List.of());
    }
    Submission.Location.Found found = (Submission.Location.Found) location;
    Path file = found.file();
    int runs = runsOverride != null ? runsOverride : config.runs();
    List<RunInput> inputs = config.inputSpec()
        .map(spec -> new InputGenerator(spec).inputs(runs, seed))
        .orElse(Collections.nCopies(runs, RunInput.none()));
    List<RunSpec> specs = new ArrayList<>();
    for (int index = 0; index < runs; index++) {
      specs.add(spec(runner, file, "graded", index, inputs.get(index), Seeds.derive(seed, index)));
    }
    List<RawRun> recorded = new ArrayList<>(runAll(runner, specs));
    recorded.addAll(shrink(runner, file, seed, recorded));
    String relative = runner.submission().folder().relativize(file).toString();
    return new ExerciseRecording(config.exercise(), relative, null, null, seed, note(found.survey()), recorded);
  }

  /** Tells the student about module-level calls the grader skipped, and Python 2 names. */
  private String note(SurveyedFile survey) {
    List<String> notes = new ArrayList<>();
    List<String> calls = survey.calls().stream()
        .map(call -> call.name() + "() on line " + call.line()).toList();
    if (!calls.isEmpty()) {
      notes.add(survey.file() + " calls " + String.join(", ", calls) + " at module level; the grader skips"
          + " such calls and calls " + config.exercise() + "() once itself.");
    }
    if (!survey.python2Names().isEmpty()) {
      notes.add(survey.file() + " uses " + String.join(", ", survey.python2Names())
          + ", which Python 3 does not have (raw_input is input, xrange is range).");
    }
    return notes.isEmpty() ? null : String.join(" ", notes);
  }

  private RunSpec spec(Runner runner, Path file, String purpose, int index, RunInput input, long seed) {
    int children = config.children().resolve(input.values()).orElse(0);
    return new RunSpec(config.exercise(), index, purpose, runner.submission().folder(), file, config.exercise(),
        input.values(), input.stdin(), seed, Duration.ofMillis(Math.round(
            (runner.timeoutSeconds() != null ? runner.timeoutSeconds() : config.timeoutSeconds()) * 1000)),
        config.sleepScale(), runner.races(), Math.max(0, children));
  }

  private static List<RawRun> runAll(Runner runner, List<RunSpec> specs) throws InterruptedException {
    List<Future<RawRun>> futures = new ArrayList<>();
    for (RunSpec spec : specs) {
      futures.add(runner.pool().submit(() -> runner.processes().run(spec)));
    }
    List<RawRun> runs = new ArrayList<>();
    for (Future<RawRun> future : futures) {
      try {
        runs.add(future.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("a run failed inside the harness", e.getCause());
      }
    }
    return runs;
  }

  /**
   * When a run with generated input failed, tries smaller inputs, one at a time, keeping each
   * that still fails one of the same checks, until none does or the budget is spent.
   */
  private List<RawRun> shrink(Runner runner, Path file, long seed, List<RawRun> graded) throws InterruptedException {
    if (config.inputSpec().isEmpty()) {
      return List.of();
    }
    Judge.JudgedRun failing = graded.stream().map(judge::judge).filter(Judge.JudgedRun::failsAny).findFirst().orElse(null);
    if (failing == null) {
      return List.of();
    }
    Set<String> failed = failedChecks(failing);
    InputGenerator generator = new InputGenerator(config.inputSpec().get());
    Shrinker shrinker = new Shrinker(generator);
    RunInput current = generator.input(failing.run().input(), "failing");
    List<RawRun> made = new ArrayList<>();
    boolean progress = true;
    while (progress && made.size() < SHRINK_BUDGET) {
      progress = false;
      for (RunInput candidate : shrinker.candidates(current)) {
        if (made.size() >= SHRINK_BUDGET) {
          break;
        }
        int index = graded.size() + made.size();
        RawRun run = runAll(runner, List.of(spec(runner, file, "shrink", index, candidate, Seeds.derive(seed, index)))).get(0);
        made.add(run);
        Judge.JudgedRun judged = judge.judge(run);
        if (failed.stream().anyMatch(judged::fails)) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return made;
  }

  private static Set<String> failedChecks(Judge.JudgedRun run) {
    Set<String> failed = new HashSet<>();
    run.verdicts().forEach((id, verdict) -> {
      if (verdict.failed()) {
        failed.add(id);
      }
    });
    return failed;
  }

  /** The exercise's result, computed from its recording alone. */
  ExerciseResult result(ExerciseRecording recording) {
    List<Check> checks = judge.checks();
    if (recording.notRunReason() != null) {
      List<CheckResult> notRun = checks.stream()
          .map(check -> new CheckResult(check.id(), check.description(), check.points(), false, 0, 0, 0,
              List.of(), null, "not run: " + recording.notRunReason()))
          .toList();
      return ExerciseResult.of(config.exercise(), config.title(), ExerciseStatus.NOT_RUN, null,
          config.maxPoints(), 0, recording.seed(), recording.notRunMessage(), notRun, null);
    }
    List<Judge.JudgedRun> judged = recording.graded().stream().map(judge::judge).toList();
    List<CheckResult> results = new ArrayList<>();
    for (Check check : checks) {
      List<Tally.RunVerdict> verdicts = new ArrayList<>();
      for (Judge.JudgedRun run : judged) {
        verdicts.add(new Tally.RunVerdict(run.run().index() + 1, describeInput(run.run()),
            run.verdicts().get(check.id()), run.run().stdoutText()));
      }
      results.add(Tally.of(check.id(), check.description(), check.points(), verdicts));
    }
    String harnessError = judged.stream().map(Judge.JudgedRun::harnessError)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    ExerciseStatus status = harnessError == null ? ExerciseStatus.GRADED : ExerciseStatus.HARNESS_ERROR;
    return ExerciseResult.of(config.exercise(), config.title(), status, recording.file(), config.maxPoints(),
        judged.size(), recording.seed(), harnessError == null ? recording.note() : "harness error: " + harnessError,
        results, smallestFailing(recording, judged));
  }

  private String smallestFailing(ExerciseRecording recording, List<Judge.JudgedRun> judged) {
    Judge.JudgedRun first = judged.stream().filter(Judge.JudgedRun::failsAny).findFirst().orElse(null);
    if (first == null || recording.shrinking().isEmpty()) {
      return null;
    }
    Set<String> failed = failedChecks(first);
    Function<RawRun, Long> size = run -> Shrinker.size(run.input());
    RawRun smallest = null;
    for (RawRun run : recording.shrinking()) {
      Judge.JudgedRun candidate = judge.judge(run);
      if (failed.stream().anyMatch(candidate::fails) && (smallest == null || size.apply(run) < size.apply(smallest))) {
        smallest = run;
      }
    }
    if (smallest == null || size.apply(smallest) >= size.apply(first.run())) {
      return null;
    }
    return new RunInput(smallest.input(), smallest.stdin(), "shrunk").describe();
  }

  static String describeInput(RawRun run) {
    return new RunInput(run.input(), run.stdin(), "").describe();
  }

}

package parproc.grader.grading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.checks.CauseFirst;
import parproc.grader.checks.Check;
import parproc.grader.checks.Checks;
import parproc.grader.checks.FailClosed;
import parproc.grader.checks.RunView;
import parproc.grader.checks.StarterCode;
import parproc.grader.config.ExerciseConfig;
import parproc.grader.observations.Observation;
import parproc.grader.observations.ObservedExercise;
import parproc.grader.observations.Observer;
import parproc.grader.observations.TraceParser;
import parproc.grader.results.Verdict;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.RawRun;

/** Judges runs of one exercise: observe, then every check gives its verdict. */
final class Judge {

  /** One run's verdicts, by check id; {@code harnessError} says a check itself broke. */
  record JudgedRun(Observation observation, Map<String, Verdict> verdicts, String harnessError) {
    RawRun run() {
      return observation.run();
    }

    boolean fails(String check) {
      Verdict verdict = verdicts.get(check);
      return verdict != null && verdict.failed();
    }

    boolean failsAny() {
      return verdicts.values().stream().anyMatch(Verdict::failed);
    }
  }

  private final ExerciseConfig config;
  private final List<Check> checks;
  private final Observer observer;

  Judge(ExerciseConfig config) {
    this.config = config;
    this.checks = Checks.of(config);
    this.observer = new Observer(config.inputSpec().map(i -> i.prompts()).orElse(List.of()));
  }

  List<Check> checks() {
    return checks;
  }

  /** Observes a run, going on from what a watch parsed of its trace while it was live. */
  Observation observe(RawRun run, TraceParser live) {
    return observer.observe(run, live);
  }

  /** Observes every run of a recorded exercise. */
  ObservedExercise observe(ExerciseRecording recording) {
    return observer.observe(recording);
  }

  /** Why the exercise is still starter code, when every run says so (see {@link StarterCode}). */
  Optional<String> notWrittenYet(List<JudgedRun> runs) {
    if (runs.stream().anyMatch(run -> run.run().harnessError() != null)) {
      return Optional.empty();
    }
    // Runs not made (failing fast) say nothing either way.
    return StarterCode.notWrittenYet(runs.stream().filter(run -> !RawRun.SKIPPED.equals(run.run().stopped()))
        .map(JudgedRun::observation).toList());
  }

  /** Every check's verdict on one observed run. */
  JudgedRun judge(Observation observation) {
    RawRun run = observation.run();
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    if (run.harnessError() != null) {
      for (Check check : checks) {
        verdicts.put(check.id(), Verdict.unjudged("not run", "The harness could not run the program: " + run.harnessError()));
      }
      return new JudgedRun(observation, verdicts, run.harnessError());
    }
    if (RawRun.SKIPPED.equals(run.stopped())) {
      for (Check check : checks) {
        verdicts.put(check.id(), Verdict.unjudged(FailFast.outcome(), "the first runs all failed the same way,"
            + " so the others were not made"));
      }
      return new JudgedRun(observation, verdicts, null);
    }
    RunView view = new RunView(config, observation);
    String error = null;
    for (Check check : checks) {
      try {
        Verdict evaluated = check.evaluate(view);
        verdicts.put(check.id(), CauseFirst.attach(check, evaluated, FailClosed.judge(check, evaluated, observation), view));
      } catch (RuntimeException e) {
        // A broken check must not cost the student a point: the run is not judged by it, and
        // the grading reports a harness error.
        verdicts.put(check.id(), Verdict.unjudged("harness error", "The check itself failed: " + e));
        error = "check " + check.id() + " failed on run " + (run.index() + 1) + ": " + e;
      }
    }
    return new JudgedRun(observation, verdicts, error);
  }
}

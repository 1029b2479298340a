package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parproc.grader.config.ExerciseConfig;
import parproc.grader.results.Verdict;
import parproc.grader.runs.RawRun;
import parproc.grader.testing.CorrectModels;
import parproc.grader.testing.ModelProgram;
import parproc.grader.testing.Scheduler;
import parproc.grader.testing.ShippedConfig;

/**
 * A correct program never loses a point, whatever the scheduling: each of the module's twelve
 * programs, modelled write by write, runs under many random schedules (interleaving children's
 * writes mid-line, running the parent's "Ok" before the child's "Waiting", finishing children in
 * any order), and no check of the shipped grading-config may fail any of them.
 *
 * <p>Schedules come from a seed, printed with any failure; a failing schedule is shrunk (fewer
 * and smaller choices) before it is shown. {@code -Dparproc.schedules=N} runs N per exercise.
 */
class ScheduleSoundnessTests {

  private static final long SEED = Long.getLong("parproc.seed", 20261126L);
  private static final int SCHEDULES = Integer.getInteger("parproc.schedules", 300);

  @TestFactory
  Stream<DynamicTest> noCheckFailsACorrectProgramUnderAnySchedule() {
    return CorrectModels.exercises().stream().map(exercise -> DynamicTest.dynamicTest(exercise, () -> {
      ExerciseConfig config = ShippedConfig.exercise(exercise);
      List<Check> checks = Checks.of(config);
      Random random = new Random(SEED ^ exercise.hashCode());
      for (int schedule = 0; schedule < SCHEDULES; schedule++) {
        long scheduleSeed = random.nextLong();
        ModelProgram program = CorrectModels.of(exercise, new Random(scheduleSeed));
        List<Integer> choices = randomChoices(new Random(scheduleSeed), 4000);
        String failure = failure(config, checks, program, exercise, choices);
        if (failure != null) {
          List<Integer> shrunk = shrink(config, checks, program, exercise, choices);
          RawRun run = Scheduler.run(program, exercise, replay(shrunk));
          throw new AssertionError("seed " + SEED + ", schedule seed " + scheduleSeed + " (" + exercise + "): "
              + failure(config, checks, program, exercise, shrunk) + "\nshrunk schedule " + trimmed(shrunk)
              + "\noutput:\n" + run.stdoutText());
        }
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> theChecksAreNotVacuous() {
    // The same simulator with a mistake: printing without the lock fails under every schedule.
    return Stream.of("manyGreetings4", "assignDiggers").map(exercise -> DynamicTest.dynamicTest(exercise, () -> {
      ExerciseConfig config = ShippedConfig.exercise(exercise);
      Check lock = Checks.of(config).stream().filter(c -> c.id().equals("shared-lock")).findFirst().orElseThrow();
      for (int schedule = 0; schedule < 50; schedule++) {
        ModelProgram program = withoutLocks(CorrectModels.of(exercise, new Random(schedule)));
        RawRun run = Scheduler.run(program, exercise, replay(randomChoices(new Random(schedule), 4000)));
        assertThat(lock.evaluate(ShippedConfig.view(config, run)).failed()).as("schedule %d", schedule).isTrue();
      }
    }));
  }

  private static ModelProgram withoutLocks(ModelProgram program) {
    ModelProgram copy = new ModelProgram(program.input(), program.stdin());
    for (ModelProgram.Process process : program.processes()) {
      copy.process(process.target(), process.actions().stream()
          .filter(a -> !(a instanceof ModelProgram.Acquire) && !(a instanceof ModelProgram.Release)).toList());
    }
    return copy;
  }

  private static String failure(ExerciseConfig config, List<Check> checks, ModelProgram program, String exercise,
      List<Integer> choices) {
    RawRun run = Scheduler.run(program, exercise, replay(choices));
    RunView view = ShippedConfig.view(config, run);
    for (Check check : checks) {
      Verdict verdict = check.evaluate(view);
      if (verdict.failed()) {
        return check.id() + " failed: " + verdict.message();
      }
    }
    return null;
  }

  /** Makes the schedule smaller while it still fails: shorter, then each choice towards 0. */
  private static List<Integer> shrink(ExerciseConfig config, List<Check> checks, ModelProgram program,
      String exercise, List<Integer> choices) {
    List<Integer> best = new ArrayList<>(choices);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int length = 0; length < best.size(); length = length * 2 + 1) {
        List<Integer> shorter = new ArrayList<>(best.subList(0, length));
        if (failure(config, checks, program, exercise, shorter) != null) {
          best = shorter;
          progress = true;
          break;
        }
      }
      for (int i = 0; i < best.size(); i++) {
        if (best.get(i) == 0) {
          continue;
        }
        List<Integer> smaller = new ArrayList<>(best);
        smaller.set(i, 0);
        if (failure(config, checks, program, exercise, smaller) != null) {
          best = smaller;
          progress = true;
        }
      }
    }
    return best;
  }

  private static List<Integer> randomChoices(Random random, int length) {
    List<Integer> choices = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      choices.add(random.nextInt(1 << 16));
    }
    return choices;
  }

  private static IntUnaryOperator replay(List<Integer> choices) {
    return step -> step < choices.size() ? choices.get(step) : 0;
  }

  private static String trimmed(List<Integer> choices) {
    int end = choices.size();
    while (end > 0 && choices.get(end - 1) == 0) {
      end--;
    }
    return choices.subList(0, end).toString();
  }
}

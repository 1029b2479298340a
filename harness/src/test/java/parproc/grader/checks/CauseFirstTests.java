package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import java.util.List;
import org.junit.jupiter.api.Test;
import parproc.grader.config.ExerciseConfig;
import parproc.grader.observations.Observer;
import parproc.grader.results.Verdict;
import parproc.grader.runs.RawRun;
import parproc.grader.testing.ScriptedRun;
import parproc.grader.testing.ShippedConfig;

/** A failed check of a run where a process raised leads with the exception, then its own finding. */
class CauseFirstTests {

  private static RawRun childDiedParentWaits() {
    return ScriptedRun.root(100).start(100, 101, "addManyNumbers").start(100, 102, "addManyNumbers")
        .exception(101, "child", "TypeError", "'float' object cannot be interpreted as an integer")
        .exception(102, "child", "TypeError", "'float' object cannot be interpreted as an integer")
        .exit(101, 1).exit(102, 1).timedOut().build("addManyPar");
  }

  @Test
  void theConsequenceComesAfterTheCause() {
    RunView view = ShippedConfig.view(ShippedConfig.exercise("addManyPar"), childDiedParentWaits());
    Verdict own = verdict("addManyPar", "merged-sum", childDiedParentWaits());

    Verdict led = CauseFirst.lead(own, view);

    assertThat(led.message()).isEqualTo(
        "Cause: child Process-1 (pid 101, running addManyNumbers) raised TypeError: 'float' object cannot be"
            + " interpreted as an integer, at prog.py, line 4, in worker.\n" + own.message());
    assertThat(led.outcome()).isEqualTo(own.outcome());
  }

  @Test
  void aPassingCheckAndARunWithoutAnExceptionAreLeftAlone() {
    RawRun clean = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").print(101, "Hello from process", "101").build("procEx");
    ExerciseConfig procEx = ShippedConfig.exercise("procEx");
    RunView view = new RunView(procEx, new Observer(List.of()).observe(clean));
    Verdict failed = verdict("procEx", "greetings", clean);
    Verdict passed = verdict("procEx", "real-children", clean);

    assertThat(CauseFirst.lead(failed, view)).isSameAs(failed);
    assertThat(CauseFirst.lead(passed, view)).isSameAs(passed);
  }
}

package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parproc.grader.config.ExerciseConfig;
import parproc.grader.observations.Observer;
import parproc.grader.results.CheckResult;
import parproc.grader.results.CheckTally;
import parproc.grader.results.Verdict;
import parproc.grader.runs.RawRun;
import parproc.grader.testing.ScriptedRun;
import parproc.grader.testing.ShippedConfig;

/**
 * A failed check of a run that one thing made fail is told that cause; when several failed
 * checks share it, it is stated once and each of them refers to it in one line.
 */
class CauseFirstTests {

  private static final String TYPE_ERROR = "child Process-1 (pid 101, running addManyNumbers) raised TypeError:"
      + " 'float' object cannot be interpreted as an integer, at prog.py, line 4, in worker.";

  private static RawRun childDiedParentWaits() {
    return ScriptedRun.root(100).start(100, 101, "addManyNumbers").start(100, 102, "addManyNumbers")
        .exception(101, "child", "TypeError", "'float' object cannot be interpreted as an integer")
        .exception(102, "child", "TypeError", "'float' object cannot be interpreted as an integer")
        .exit(101, 1).exit(102, 1).timedOut().build("addManyPar");
  }

  /** Every check of the exercise judged on the runs as the grader judges them, then told with their causes. */
  private static CauseFirst.Told judged(String exercise, RawRun... runs) {
    ExerciseConfig config = ShippedConfig.exercise(exercise);
    List<CheckResult> results = new ArrayList<>();
    for (Check check : Checks.of(config)) {
      List<CheckTally.RunVerdict> verdicts = new ArrayList<>();
      for (int i = 0; i < runs.length; i++) {
        RunView view = ShippedConfig.view(config, runs[i]);
        Verdict evaluated = check.evaluate(view);
        Verdict verdict = CauseFirst.attach(check, evaluated,
            FailClosed.judge(check, evaluated, view.observation()), view);
        verdicts.add(new CheckTally.RunVerdict(i + 1, "no input", verdict, ""));
      }
      results.add(CheckTally.of(check.id(), check.description(), check.points(), check.spec().shownTo(), verdicts));
    }
    return CauseFirst.once(results);
  }

  private static String message(CauseFirst.Told told, String check) {
    return told.checks().stream().filter(c -> c.id().equals(check)).findFirst().orElseThrow()
        .firstFailure().message();
  }

  @Test
  void theConsequenceIsToldItsCause() {
    RunView view = ShippedConfig.view(ShippedConfig.exercise("addManyPar"), childDiedParentWaits());
    Verdict own = verdict("addManyPar", "merged-sum", childDiedParentWaits());
    Check check = Checks.of(ShippedConfig.exercise("addManyPar")).get(2);

    Verdict told = CauseFirst.attach(check, own, own, view);

    assertThat(told.cause().statement()).isEqualTo(TYPE_ERROR);
    assertThat(told.cause().reference()).isEqualTo("Cause: the TypeError under \"Fix this first\".");
    assertThat(told.message()).isEqualTo(own.message());
    assertThat(told.outcome()).isEqualTo(own.outcome());
  }

  @Test
  void aCauseSharedByFailedChecksIsStatedOnceAndEachRefersToItInOneLine() {
    CauseFirst.Told told = judged("addManyPar", childDiedParentWaits(), childDiedParentWaits());

    assertThat(told.cause()).isEqualTo(TYPE_ERROR);
    assertThat(message(told, "merged-sum")).isEqualTo("""
        Cause: the TypeError under "Fix this first".
        Expected the parent to print the result it took from the queue,
        but no line "Sum: <sum>" was printed
        Try: print the result in the form shown.""");
    for (String check : List.of("finishes-cleanly", "output", "plausible-partial-sums")) {
      assertThat(message(told, check)).as(check).startsWith("Cause: the TypeError under \"Fix this first\".\n")
          .doesNotContain("raised TypeError");
    }
  }

  @Test
  void theCheckThatReportsTheErrorItselfStatesItWithoutAReference() {
    RawRun crashed = ScriptedRun.root(100).start(100, 101, "sayHi")
        .exception(101, "child", "NameError", "name 'pid' is not defined").exit(101, 1).build("procEx");

    CauseFirst.Told told = judged("procEx", crashed);

    assertThat(told.cause()).isEqualTo(
        "child Process-1 (pid 101, running sayHi) raised NameError: name 'pid' is not defined, at prog.py, line 4,"
            + " in worker.");
    assertThat(message(told, "finishes-cleanly")).startsWith("Expected no error in any process,\n");
    assertThat(message(told, "greetings")).startsWith("Cause: the NameError under \"Fix this first\".\n");
  }

  @Test
  void aCauseOfOneFailedCheckLeadsItInFullAndIsNotStatedAtTheTop() {
    RawRun afterTheCall = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").print(101, "Hi from process", "101").exit(101, 0).returned()
        .exception(100, "after", "NameError", "name 'done' is not defined").exitCode(1).build("procEx");

    CauseFirst.Told told = judged("procEx", afterTheCall);

    assertThat(told.cause()).isNull();
    assertThat(told.checks().stream().filter(check -> !check.passed()).map(CheckResult::id))
        .containsExactly("finishes-cleanly");
  }

  @Test
  void aDeadlockIsTheCauseOfTheLinesItLeftUnprinted() {
    RawRun deadlocked = ScriptedRun.root(100).lockCreated(100, "L1").start(100, 101, "slowpoke")
        .print(100, "Waiter: Any day now...").waitingOn(100, "join", 101, null)
        .waitingOn(101, "acquire", "L1", null).deadlocked().build("haveToWait");

    CauseFirst.Told told = judged("haveToWait", deadlocked);

    assertThat(told.cause()).isEqualTo("the program deadlocked: every process waited for ever on another, so it was"
        + " stopped (finishes-cleanly says who waited for what).");
    assertThat(message(told, "finishes-cleanly")).startsWith("Expected the program to finish,\n");
    assertThat(message(told, "finally-after-slowpoke")).startsWith("Cause: the deadlock under \"Fix this first\".\n");
  }

  @Test
  void aPassingCheckAndARunWithoutACauseAreLeftAlone() {
    RawRun clean = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").print(101, "Hello from process", "101").build("procEx");
    ExerciseConfig procEx = ShippedConfig.exercise("procEx");
    RunView view = new RunView(procEx, new Observer(List.of()).observe(clean));
    Check greetings = Checks.of(procEx).get(1);
    Verdict failed = verdict("procEx", "greetings", clean);
    Verdict passed = verdict("procEx", "real-children", clean);

    assertThat(CauseFirst.attach(greetings, failed, failed, view)).isSameAs(failed);
    assertThat(CauseFirst.attach(greetings, passed, passed, view)).isSameAs(passed);
    assertThat(judged("procEx", clean).cause()).isNull();
  }
}

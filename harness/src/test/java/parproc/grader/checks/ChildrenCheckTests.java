package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import java.util.Map;
import org.junit.jupiter.api.Test;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.testing.ScriptedRun;

class ChildrenCheckTests {

  @Test
  void tooFewChildrenAreCounted() {
    ScriptedRun run = ScriptedRun.root(100).start(100, 101, "sayHi").start(100, 102, "sayHi");

    Verdict verdict = verdict("procEx2", "child-count", run.build("procEx2"));

    assertThat(verdict.message()).isEqualTo("""
        Expected 3 child processes started with start(),
        but the program started 2 child processes
        Try: create and start() exactly 3 Processes, and start each one only once.""");
  }

  @Test
  void runInsteadOfStartStartsNoChild() {
    ScriptedRun run = ScriptedRun.root(100).directRun(100, "sayHi").directRun(100, "sayHi").directRun(100, "sayHi");

    Verdict verdict = verdict("procEx2", "child-count", run.build("procEx2"));

    assertThat(verdict.outcome()).isEqualTo("run() instead of start()");
    assertThat(verdict.message()).isEqualTo("""
        Expected 3 child processes started with start(),
        but the program started 0 child processes and called run() 3 times, which runs the target inside the parent instead of in a new process
        Try: call start() on each Process object, not run().""");
  }

  @Test
  void theCountComesFromTheInputWhenTheExerciseReadsIt() {
    ScriptedRun five = ScriptedRun.root(100).input(Map.of("name", "Al", "count", "2"), "Al\n2\n")
        .start(100, 101, "sayHi2").start(100, 102, "sayHi2");

    assertThat(verdict("manyGreetings2", "child-count", five.build("manyGreetings2")).status()).isEqualTo(Status.PASS);
  }
}

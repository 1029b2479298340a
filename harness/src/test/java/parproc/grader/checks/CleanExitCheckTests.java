package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.runs.RawRun;
import parproc.grader.testing.ScriptedRun;

class CleanExitCheckTests {

  @Test
  void aChildWaitingForANameThatNeverComesIsDescribed() {
    ScriptedRun run = ScriptedRun.root(100).start(100, 101, "greet2")
        .waiting(101, "Q1").put(100, "Q1", "George0").get(101, "Q1", "George0").waiting(101, "Q1").returned().timedOut();

    Verdict verdict = verdict("sendName2", "finishes-cleanly", run.build("sendName2"));

    assertThat(verdict.message()).isEqualTo("""
        Expected the program to finish within 40 s,
        but it was still running and was stopped:
          child Process-1 (pid 101, running greet2) was waiting in q.get() for a value that never came (it had taken 1 value; 1 value was put on that queue in all)
        Try: a process waiting in q.get() needs a matching q.put() for every get(); a join() waits for a child that must end; an endless loop never ends.""");
  }

  @Test
  void argsWithoutTheCommaIsExplained() {
    ScriptedRun run = ScriptedRun.root(100).startWithArgs(100, 101, "sayHi2", "str")
        .exception(101, "child", "TypeError", "sayHi2() takes 1 positional argument but 5 were given").exit(101, 1);

    Verdict verdict = verdict("manyGreetings", "finishes-cleanly", run.build("manyGreetings"));

    assertThat(verdict.message()).isEqualTo("""
        Expected no error in any process,
        but child Process-1 (pid 101, running sayHi2) raised TypeError: sayHi2() takes 1 positional argument but 5 were given
          at prog.py, line 4, in worker
        Try: args=(name) is just the value in parentheses, not a tuple, so Python spread it into separate arguments. Write a comma for a one-element tuple: args=(name,).""");
    assertThat(verdict.evidence().observedLabel()).isEqualTo("stderr");
  }

  @Test
  void anErrorAfterTheCallIsNamedWithItsLineAndCostsThisCheckAlone() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").print(101, "Hi from process", "101").exit(101, 0).returned()
        .exception(100, "after", "NameError", "name 'done' is not defined").exitCode(1);

    Verdict verdict = verdict("procEx", "finishes-cleanly", run.build("procEx"));

    assertThat(verdict.message()).isEqualTo("""
        Expected no error in any process,
        but the parent (pid 100) raised NameError: name 'done' is not defined
          at prog.py, line 4, in the code after procEx() at the file's top level
        Try: the lines after procEx() at the top level of the file run once it returns, as python3 runs them: fix them, or leave them out.""");
    for (String check : List.of("greetings", "parent-first", "real-children", "child-count")) {
      assertThat(verdict("procEx", check, run.build("procEx")).status()).as(check).isEqualTo(Status.PASS);
    }
  }

  @Test
  void aProcessLeftRunningOutsideTheSessionFailsAnOtherwiseCleanRun() {
    RawRun clean = ScriptedRun.root(100).start(100, 101, "sayHi").exit(101, 0).returned().build("procEx");
    RawRun daemon = clean.toBuilder().leftRunning(List.of(4242L)).build();

    assertThat(verdict("procEx", "finishes-cleanly", clean).status()).isEqualTo(Status.PASS);
    Verdict verdict = verdict("procEx", "finishes-cleanly", daemon);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).startsWith("""
        Expected the program to end with all of its processes,
        but it left a process running after it ended (pid 4242), one that had left the run's session""");
  }

  @Test
  void aNonZeroExitStatusFails() {
    Verdict verdict = verdict("procEx", "finishes-cleanly", ScriptedRun.root(100).exitCode(3).build("procEx"));

    assertThat(verdict.message()).isEqualTo("""
        Expected every process to run its target to the end, with exit status 0,
        but the parent ended with exit status 3
        Try: let every process return normally: no sys.exit() with a non-zero status, no os._exit().""");
  }

  @Test
  void aChildThatNeverReachedItsTargetIsNamedWithTheSpawnHint() {
    ScriptedRun run = ScriptedRun.root(100).startedOnly(100, 101, "sayHi4").returned();
    RawRun raw = run.build("manyGreetings4");
    RawRun withStderr = raw.toBuilder().ended(raw.pid(), 0, false, 10).stderr(
        "Traceback (most recent call last):\nFileNotFoundError: [Errno 2] No such file or directory\n  in SemLock._rebuild\n"
            .getBytes(StandardCharsets.UTF_8), false).build();

    Verdict verdict = verdict("manyGreetings4", "finishes-cleanly", withStderr);

    assertThat(verdict.outcome()).isEqualTo("a child never ran");
    assertThat(verdict.message()).isEqualTo("""
        Expected every process to run its target to the end, with exit status 0,
        but child Process-1 (pid 101) was started but never ran its target
        Try: Under the spawn start method a child can fail to open a Lock or Queue whose last reference the parent has already dropped: keep the Process objects and join() them before returning.""");
  }

  @Test
  void aCleanRunPasses() {
    Verdict verdict = verdict("procEx", "finishes-cleanly",
        ScriptedRun.root(100).start(100, 101, "sayHi").exit(101, 0).returned().build("procEx"));

    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }
}

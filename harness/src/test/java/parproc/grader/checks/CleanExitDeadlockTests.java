package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import org.junit.jupiter.api.Test;
import parproc.grader.results.Verdict;
import parproc.grader.testing.ScriptedRun;

/** finishes-cleanly on a run the harness ended as a deadlock: the wait-for chain and its cause. */
class CleanExitDeadlockTests {

  @Test
  void theParentWaitingOnAQueueWhoseChildrenCrashed() {
    ScriptedRun run = ScriptedRun.root(100).queueCreated(100, "Q100.1")
        .startHolding(100, 101, "addManyNumbers", "Q100.1").startHolding(100, 102, "addManyNumbers", "Q100.1")
        .exception(101, "child", "TypeError", "'float' object cannot be interpreted as an integer").exit(101, 1)
        .exception(102, "child", "TypeError", "'float' object cannot be interpreted as an integer").exit(102, 1)
        .waitingOn(100, "get", "Q100.1", null).deadlocked();

    Verdict verdict = verdict("addManyPar", "finishes-cleanly", run.build("addManyPar"));

    assertThat(verdict.failed()).isTrue();
    assertThat(verdict.outcome()).isEqualTo("deadlock");
    assertThat(verdict.message()).isEqualTo("""
        Expected the program to finish,
        but it deadlocked: every process waited for ever on another, so it was stopped at once:
          the parent (pid 100) waits in q.get() on the queue made in entry (prog.py, line 12), \
        but no process that could put on it was still running
          child Process-1 (pid 101, running addManyNumbers) ended with TypeError: \
        'float' object cannot be interpreted as an integer (prog.py, line 4)
          child Process-2 (pid 102, running addManyNumbers) ended with TypeError: \
        'float' object cannot be interpreted as an integer (prog.py, line 4)
        Try: fix the error first: a process that ends with an error never makes the put (or ends) the others wait for.""");
  }
}

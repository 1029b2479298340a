package parproc.grader.checks.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The deadlock message, word for word. */
class DeadlockedTests {

  @Test
  void aParentWaitingOnAQueueWhoseChildrenDied() {
    Deadlocked failure = new Deadlocked(
        List.of(new Deadlocked.InGet("the parent (pid 100)", "in addManyPar (addManyPar.py, line 14)")),
        List.of(new Deadlocked.Ended("child Process-1 (pid 101, running addManyNumbers)", "TypeError",
            "'float' object cannot be interpreted as an integer", "addManyPar.py", 6)));

    assertThat(failure.message().outcome()).isEqualTo("deadlock");
    assertThat(failure.message().render(null)).isEqualTo("""
        Expected the program to finish,
        but it deadlocked: every process waited for ever on another, so it was stopped at once:
          the parent (pid 100) waits in q.get() on the queue made in addManyPar (addManyPar.py, line 14), \
        but no process that could put on it was still running
          child Process-1 (pid 101, running addManyNumbers) ended with TypeError: \
        'float' object cannot be interpreted as an integer (addManyPar.py, line 6)
        Try: fix the error first: a process that ends with an error never makes the put (or ends) the others wait for.""");
  }

  @Test
  void aJoinOnAChildWaitingForAPutAndAParentAtExit() {
    Deadlocked join = new Deadlocked(List.of(
        new Deadlocked.InJoin("the parent (pid 100)", "child Process-1 (pid 101, running slowpoke)"),
        new Deadlocked.InGet("child Process-1 (pid 101, running slowpoke)", null)), List.of());

    assertThat(join.message().observed()).isEqualTo("""
        it deadlocked: every process waited for ever on another, so it was stopped at once:
          the parent (pid 100) waits in join() for child Process-1 (pid 101, running slowpoke), which is blocked too
          child Process-1 (pid 101, running slowpoke) waits in q.get() on the queue made by the program, \
        but no process that could put on it was still running""");
    assertThat(join.message().tryThis()).isEqualTo(
        "every q.get() needs a q.put() that some running process will still make, and a join() a child that ends.");
    assertThat(new Deadlocked.AtExit("the parent (pid 100)", true).did())
        .isEqualTo("ended with an error and waits for its children to end");
    assertThat(new Deadlocked.InAcquire("child Process-2 (pid 102)", "in main (prog.py, line 3)",
        "child Process-1 (pid 101)").did()).isEqualTo("waits in acquire() for the lock made in main (prog.py, line 3),"
        + " held by child Process-1 (pid 101), which only blocked processes could release");
  }
}

package parproc.grader.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parproc.grader.os.RunProcesses;
import parproc.grader.testing.ScriptedRun;

/**
 * The deadlock detector without the kernel's view (the portable mode): the processes come from
 * the JDK alone, with no state, no wait channel and no signals, so the probe's wait records are
 * what it judges by, and what only the kernel could tell gives no verdict.
 */
class PortableDeadlockTests {

  private static final long PARENT = 100;
  private static final long A = 101;
  private static final long B = 102;

  /** A live process as the JDK lists it: its pid and its parent, nothing else. */
  private static RunProcesses.Proc listed(long pid, long ppid) {
    return new RunProcesses.Proc(pid, ppid, -1, '?', "", false, 0);
  }

  private static Optional<DeadlockDetector.Deadlock> detect(ScriptedRun run, RunProcesses.Proc... processes) {
    List<TraceEvent> events = Trace.parse(run.traceSoFar(), false).events();
    return DeadlockDetector.detect(events, PARENT, RunProcesses.seenByTheJdk(List.of(processes)));
  }

  private static ScriptedRun floatRange() {
    return ScriptedRun.floatRange(PARENT, A, B);
  }

  @Test
  void aGetNoLiveProcessCanFeedIsADeadlockEvenWhileTheEndedChildrenAreStillListed() {
    // Not collected yet, the children look alive to the JDK; their exit records say they ended.
    Optional<DeadlockDetector.Deadlock> found = detect(floatRange(), listed(PARENT, 1), listed(A, PARENT),
        listed(B, PARENT));

    assertThat(found).isPresent();
    assertThat(found.get().waits()).singleElement().isInstanceOfSatisfying(DeadlockDetector.InGet.class, get -> {
      assertThat(get.pid()).isEqualTo(PARENT);
      assertThat(get.queue()).isEqualTo("Q100.1");
    });
  }

  @Test
  void aJoinOnAChildWaitingForAPutNoOneCanMakeIsADeadlock() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startHolding(PARENT, A, "slowpoke", "Q100.1").waitingOn(A, "get", "Q100.1", null)
        .waitingOn(PARENT, "join", A, null);

    assertThat(detect(run, listed(PARENT, 1), listed(A, PARENT))).hasValueSatisfying(deadlock ->
        assertThat(deadlock.waits()).hasSize(2));
  }

  @Test
  void aChildStillComputingMeansNoVerdict() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startHolding(PARENT, A, "add", "Q100.1").waitingOn(PARENT, "get", "Q100.1", null);

    assertThat(detect(run, listed(PARENT, 1), listed(A, PARENT))).isEmpty();
  }

  @Test
  void aSignalHandlerOfTheProgramMeansNoVerdict() {
    assertThat(detect(floatRange().osCall(PARENT, "signal"), listed(PARENT, 1))).isEmpty();
  }

  @Test
  void anExitHandlerKeepsAnEndedChildInTheTable() {
    // A spawned child runs the interpreter's exit handlers after its target: one of the program's
    // own could still put on the queue.
    assertThat(detect(floatRange().osCall(A, "atexit"), listed(PARENT, 1), listed(A, PARENT))).isEmpty();
  }

  @Test
  void aProcessForkedOutsideMultiprocessingMeansNoVerdictWhileItLives() {
    // It names itself in the trace; no start record accounts for it.
    ScriptedRun run = floatRange().osCall(555, "fork");

    assertThat(detect(run, listed(PARENT, 1), listed(555, A))).isEmpty();
    assertThat(detect(run, listed(PARENT, 1))).isPresent();
  }

  @Test
  void theParentPastItsEntryIsNoVerdictWithoutTheKernelsWaitChannel() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startHolding(PARENT, A, "worker", "Q100.1").waitingOn(A, "get", "Q100.1", null).returned();

    assertThat(detect(run, listed(PARENT, 1), listed(A, PARENT))).isEmpty();
  }

  @Test
  void aWaitWithATimeoutIsNoDeadlock() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startHolding(PARENT, A, "add", "Q100.1").exit(A, 1).waitingOn(PARENT, "get", "Q100.1", 5.0);

    assertThat(detect(run, listed(PARENT, 1))).isEmpty();
  }
}

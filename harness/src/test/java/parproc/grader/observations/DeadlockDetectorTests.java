package parproc.grader.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parproc.grader.os.RunProcesses;
import parproc.grader.testing.ScriptedRun;

/** The deadlock detector on scripted traces: it names real deadlocks and stays silent on anything unsure. */
class DeadlockDetectorTests {

  private static final long PARENT = 100;
  private static final long A = 101;
  private static final long B = 102;

  /** A live process sleeping in the given kernel function. */
  private static RunProcesses.Proc sleeping(long pid, long ppid, String wchan) {
    return new RunProcesses.Proc(pid, ppid, PARENT, 'S', wchan, false, DeadlockDetector.DEFAULT_CAUGHT);
  }

  private static RunProcesses.Proc zombie(long pid) {
    return new RunProcesses.Proc(pid, PARENT, PARENT, 'Z', "", false, 0);
  }

  private static Optional<DeadlockDetector.Deadlock> detect(ScriptedRun run, RunProcesses.Proc... processes) {
    List<TraceEvent> events = Trace.parse(run.traceSoFar(), false).events();
    return DeadlockDetector.detect(events, PARENT, RunProcesses.of(List.of(processes)));
  }

  private static ScriptedRun floatRange() {
    return ScriptedRun.floatRange(PARENT, A, B);
  }

  @Test
  void aGetThatNoLiveProcessCanFeedIsADeadlock() {
    Optional<DeadlockDetector.Deadlock> found = detect(floatRange(),
        sleeping(PARENT, 1, "pipe_read"), zombie(A), zombie(B));
    assertThat(found).isPresent();
    assertThat(found.get().waits()).singleElement().isInstanceOf(DeadlockDetector.InGet.class);
  }

  @Test
  void aGetIsNoDeadlockWhileAChildThatHoldsTheQueueLives() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startHolding(PARENT, A, "add", "Q100.1").waitingOn(PARENT, "get", "Q100.1", null);
    // The child is computing: its last record is its start.
    assertThat(detect(run, sleeping(PARENT, 1, "pipe_read"), sleeping(A, PARENT, ""))).isEmpty();
  }

  @Test
  void aValueAlreadyPutIsNoDeadlock() {
    ScriptedRun run = floatRange().put(PARENT, "Q100.1", 5);
    assertThat(detect(run, sleeping(PARENT, 1, "pipe_read"), zombie(A), zombie(B))).isEmpty();
  }

  @Test
  void aWaitWithATimeoutIsNoDeadlock() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startHolding(PARENT, A, "add", "Q100.1").exit(A, 1).waitingOn(PARENT, "get", "Q100.1", 5.0);
    assertThat(detect(run, sleeping(PARENT, 1, "pipe_read"), zombie(A))).isEmpty();
  }

  @Test
  void aThreadOfTheProgramMeansNoVerdict() {
    ScriptedRun run = floatRange().thread(PARENT);
    assertThat(detect(run, sleeping(PARENT, 1, "pipe_read"), zombie(A), zombie(B))).isEmpty();
  }

  @Test
  void anUntracedProcessMeansNoVerdict() {
    // os.fork or subprocess: a live process of the run that the probe never saw.
    assertThat(detect(floatRange(), sleeping(PARENT, 1, "pipe_read"), zombie(A), zombie(B),
        sleeping(555, PARENT, "hrtimer_nanosleep"))).isEmpty();
  }

  @Test
  void aSignalHandlerOrAPendingSignalMeansNoVerdict() {
    RunProcesses.Proc handler = new RunProcesses.Proc(PARENT, 1, PARENT, 'S', "pipe_read", false, 1L << 13);
    RunProcesses.Proc pending = new RunProcesses.Proc(PARENT, 1, PARENT, 'S', "pipe_read", true, 2);
    assertThat(detect(floatRange(), handler, zombie(A), zombie(B))).isEmpty();
    assertThat(detect(floatRange(), pending, zombie(A), zombie(B))).isEmpty();
  }

  @Test
  void aWaiterTheKernelDoesNotHaveAsleepMeansNoVerdict() {
    // Its wait ended, but the record saying so never reached the trace.
    RunProcesses.Proc running = new RunProcesses.Proc(PARENT, 1, PARENT, 'R', "", false, DeadlockDetector.DEFAULT_CAUGHT);
    assertThat(detect(floatRange(), sleeping(PARENT, 1, "pipe_read"), zombie(A), zombie(B))).isPresent();
    assertThat(detect(floatRange(), running, zombie(A), zombie(B))).isEmpty();
  }

  @Test
  void anUnknownRecordOrAManagerMeansNoVerdict() {
    assertThat(detect(floatRange().unknownRecord(A), sleeping(PARENT, 1, "pipe_read"), zombie(A), zombie(B))).isEmpty();
  }

  /** haveToWait where the child waits for a put that never comes, and the parent joins it. */
  @Test
  void aJoinOnABlockedChildIsADeadlock() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startHolding(PARENT, A, "slowpoke", "Q100.1").waitingOn(A, "get", "Q100.1", null)
        .waitingOn(PARENT, "join", A, null);
    Optional<DeadlockDetector.Deadlock> found = detect(run, sleeping(PARENT, 1, "do_wait"), sleeping(A, PARENT, "pipe_read"));
    assertThat(found).isPresent();
    assertThat(found.get().waits()).hasSize(2);
  }

  @Test
  void aJoinOnARunningChildIsNoDeadlock() {
    ScriptedRun run = ScriptedRun.root(PARENT).startHolding(PARENT, A, "slowpoke")
        .sleep(A, 10).waitingOn(PARENT, "join", A, null);
    assertThat(detect(run, sleeping(PARENT, 1, "do_wait"), sleeping(A, PARENT, "hrtimer_nanosleep"))).isEmpty();
  }

  /** sendName2 whose parent crashes before it sends: the child waits for a name, the parent for the child. */
  @Test
  void aParentPastItsEntryWaitingForABlockedChildIsADeadlock() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startHolding(PARENT, A, "greet2", "Q100.1").waitingOn(A, "get", "Q100.1", null)
        .exception(PARENT, "entry", "TypeError", "sleep expected 1 argument, got 0");
    Optional<DeadlockDetector.Deadlock> found = detect(run, sleeping(PARENT, 1, "do_wait"), sleeping(A, PARENT, "pipe_read"));
    assertThat(found).isPresent();
    assertThat(found.get().waits()).contains(new DeadlockDetector.AtExit(PARENT, true));
    // Anywhere else than in wait4 (say, its atexit functions still running), no verdict.
    assertThat(detect(run, sleeping(PARENT, 1, "hrtimer_nanosleep"), sleeping(A, PARENT, "pipe_read"))).isEmpty();
    // With an ended child it has not collected yet, it might be waiting for that one.
    assertThat(detect(run, sleeping(PARENT, 1, "do_wait"), sleeping(A, PARENT, "pipe_read"), zombie(B))).isEmpty();
  }

  @Test
  void aParentPastItsEntryWithNoChildAliveIsNoDeadlock() {
    // Its children have all ended: wait4 cannot block, it is about to exit.
    ScriptedRun run = ScriptedRun.root(PARENT).startHolding(PARENT, A, "sayHi").exit(A, 0).returned();
    assertThat(detect(run, sleeping(PARENT, 1, "do_wait"))).isEmpty();
  }

  @Test
  void aLockHeldByABlockedProcessIsADeadlock() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1").lockCreated(PARENT, "L100.1")
        .startHolding(PARENT, A, "worker", "Q100.1", "L100.1").acquire(A, "L100.1")
        .waitingOn(A, "get", "Q100.1", null).waitingOn(PARENT, "acquire", "L100.1", null);
    assertThat(detect(run, sleeping(PARENT, 1, "futex_wait"), sleeping(A, PARENT, "pipe_read"))).isPresent();
    // Released in the meantime: the parent will get it.
    assertThat(detect(run.release(A, "L100.1").waitingOn(A, "get", "Q100.1", null),
        sleeping(PARENT, 1, "futex_wait"), sleeping(A, PARENT, "pipe_read"))).isEmpty();
  }

  @Test
  void aProcessThatStartedButWroteNothingYetMeansNoVerdict() {
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startedOnly(PARENT, A, "greet2").waitingOn(PARENT, "get", "Q100.1", null);
    assertThat(detect(run, sleeping(PARENT, 1, "pipe_read"), sleeping(A, PARENT, ""))).isEmpty();
  }

  @Test
  void aChildPastItsTargetMeansNoVerdict() {
    // It recorded its exit but lives on: flushing a queue's feeder at exit, say.
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1")
        .startHolding(PARENT, A, "add", "Q100.1").exit(A, 0).waitingOn(PARENT, "join", A, null);
    assertThat(detect(run, sleeping(PARENT, 1, "do_wait"), sleeping(A, PARENT, "pipe_write"))).isEmpty();
  }

  @Test
  void everyPrefixOfACorrectRunHasNoDeadlock() {
    // sendName: the child waits for the name while the parent sleeps, then both end.
    ScriptedRun run = ScriptedRun.root(PARENT).queueCreated(PARENT, "Q100.1").startHolding(PARENT, A, "greet", "Q100.1");
    run.waitingOn(A, "get", "Q100.1", null);
    run.sleep(PARENT, 5);
    assertThat(detect(run, sleeping(PARENT, 1, "hrtimer_nanosleep"), sleeping(A, PARENT, "pipe_read"))).isEmpty();
    run.slept(PARENT).put(PARENT, "Q100.1", "Jimmy").waitingOn(PARENT, "join", A, null);
    assertThat(detect(run, sleeping(PARENT, 1, "do_wait"), sleeping(A, PARENT, "pipe_read"))).isEmpty();
  }
}

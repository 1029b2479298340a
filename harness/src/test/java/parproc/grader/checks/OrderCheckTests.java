package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import org.junit.jupiter.api.Test;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.testing.ScriptedRun;

class OrderCheckTests {

  private static final String OK = "(parent process) Ok, I'll send the name";

  @Test
  void theUsualSendNameOrderPasses() {
    ScriptedRun run = ScriptedRun.root(100).start(100, 101, "greet").print(101, "(child process) Waiting for name...")
        .waiting(101, "Q1").print(100, OK).put(100, "Q1", "Jimmy").get(101, "Q1", "Jimmy")
        .print(101, "(child process) Well, hi", "Jimmy");

    assertThat(verdict("sendName", "hello-after-ok", run.build("sendName")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("sendName", "waiting-before-ok", run.build("sendName")).outcome()).isEqualTo("in order");
  }

  @Test
  void anOrderOnlyASleepMakesLikelyIsInterestingNeverFailed() {
    // A loaded machine: the parent's sleep ended before the child printed "Waiting".
    ScriptedRun run = ScriptedRun.root(100).start(100, 101, "greet").print(100, OK).put(100, "Q1", "Jimmy")
        .print(101, "(child process) Waiting for name...").get(101, "Q1", "Jimmy")
        .print(101, "(child process) Well, hi", "Jimmy");

    Verdict usual = verdict("sendName", "waiting-before-ok", run.build("sendName"));

    assertThat(usual.status()).isEqualTo(Status.PASS);
    assertThat(usual.interesting()).isTrue();
    assertThat(verdict("sendName", "hello-after-ok", run.build("sendName")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void aGreetingBeforeTheNameWasSentFails() {
    ScriptedRun run = ScriptedRun.root(100).start(100, 101, "greet").print(101, "(child process) Waiting for name...")
        .print(101, "(child process) Well, hi", "Jimmy").print(100, OK).put(100, "Q1", "Jimmy");

    Verdict verdict = verdict("sendName", "hello-after-ok", run.build("sendName"));

    assertThat(verdict.message()).isEqualTo("""
        Expected "(child process) Well, hi Jimmy" to be printed after "(parent process) Ok, I'll send the name",
        but it was printed before it:
          1: (child process) Waiting for name...
          2: (child process) Well, hi Jimmy  <--
          3: (parent process) Ok, I'll send the name  <--
        Try: only something that makes one process wait for another fixes an order: q.get() waits for a q.put(), join() waits for a child to end.""");
  }

  @Test
  void finallyBeforeTheSlowpokeIsTheMissingJoin() {
    ScriptedRun run = ScriptedRun.root(100).lockCreated(100, "L1").start(100, 101, "slowpoke")
        .print(100, "Waiter: Any day now...").print(100, "Waiter: Finally! Geez.")
        .acquire(101, "L1").print(101, "Slowpoke: Ok, I'm coming").release(101, "L1");

    Verdict verdict = verdict("haveToWait", "finally-after-slowpoke", run.build("haveToWait"));

    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).startsWith(
        "Expected \"Waiter: Finally! Geez.\" to be printed after \"Slowpoke: Ok, I'm coming\",");
  }

  private static ScriptedRun sendName2(int[] sendOrder) {
    ScriptedRun run = ScriptedRun.root(100).start(100, 101, "greet2");
    for (int round = 0; round < 5; round++) {
      run.write(101, "\n").print(101, "(child process) Waiting for name", String.valueOf(round)).waiting(101, "Q1");
      run.print(100, "(main process) Ok, I'll send the name").put(100, "Q1", "George" + sendOrder[round]);
      run.get(101, "Q1", "George" + sendOrder[round]).print(101, "(child process) Well, hi", "George" + sendOrder[round]);
    }
    return run;
  }

  @Test
  void eachNameArrivesAfterItsOwnOkAndInTheOrderSent() {
    ScriptedRun run = sendName2(new int[] {0, 1, 2, 3, 4});

    for (String check : new String[] {"hello-after-ok", "hello-after-waiting", "names-in-order", "names-through-queue"}) {
      assertThat(verdict("sendName2", check, run.build("sendName2")).status()).as(check).isEqualTo(Status.PASS);
    }
  }

  @Test
  void namesSentInTheWrongOrderArriveOutOfOrder() {
    ScriptedRun run = sendName2(new int[] {1, 0, 2, 3, 4});

    Verdict verdict = verdict("sendName2", "names-in-order", run.build("sendName2"));

    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).startsWith(
        "Expected \"(child process) Well, hi George1\" to be printed after \"(child process) Well, hi George0\",");
  }
}

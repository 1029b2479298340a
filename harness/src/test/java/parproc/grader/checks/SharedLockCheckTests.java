package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import org.junit.jupiter.api.Test;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.testing.ScriptedRun;

class SharedLockCheckTests {

  private static ScriptedRun started() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(main process)");
    for (int i = 0; i < 10; i++) {
      run.start(100, 200 + i, "sayHi4");
    }
    return run;
  }

  @Test
  void oneLockFromTheParentHeldAroundEveryPrintPasses() {
    ScriptedRun run = ScriptedRun.root(100).lockCreated(100, "L1").print(100, "Hi from process", "100", "(main process)");
    for (int i = 0; i < 10; i++) {
      run.start(100, 200 + i, "sayHi4");
    }
    for (int i = 9; i >= 0; i--) {
      run.acquire(200 + i, "L1").print(200 + i, "Hi", "p" + i, "from process", String.valueOf(200 + i)).release(200 + i, "L1");
    }

    assertThat(verdict("manyGreetings4", "shared-lock", run.build("manyGreetings4")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void printingWithoutTheLockFailsEvenWhenTheOutputHappensToBeClean() {
    ScriptedRun run = started().lockCreated(100, "L1");
    for (int i = 0; i < 10; i++) {
      run.print(200 + i, "Hi", "p" + i, "from process", String.valueOf(200 + i));
    }

    Verdict verdict = verdict("manyGreetings4", "shared-lock", run.build("manyGreetings4"));

    assertThat(verdict.message()).isEqualTo("""
        Expected every line printed while holding the shared lock,
        but none of the 10 lines were printed holding a lock
        Try: acquire() the lock before print and release() it after the print (or print inside `with lock:`); releasing it first leaves the print unprotected.""");
  }

  @Test
  void aLockMadeInEachChildIsTheConchMistake() {
    ScriptedRun run = started();
    for (int i = 0; i < 10; i++) {
      run.lockCreated(200 + i, "C" + i).acquire(200 + i, "C" + i)
          .print(200 + i, "Hi", "p" + i, "from process", String.valueOf(200 + i)).release(200 + i, "C" + i);
    }

    Verdict verdict = verdict("manyGreetings4", "shared-lock", run.build("manyGreetings4"));

    assertThat(verdict.outcome()).isEqualTo("each child its own lock");
    assertThat(verdict.message()).isEqualTo("""
        Expected every line printed while holding one lock shared by all the children,
        but the lines were printed holding 10 different locks, each made in worker (prog.py, line 7)
        Try: each child made its own Lock, like each boy bringing his own conch: create one Lock in the parent and pass it to every child.""");
  }

  @Test
  void releasingTheLockBeforeTheNewlineIsPrintingPartlyWithoutIt() {
    ScriptedRun run = started().lockCreated(100, "L1");
    for (int i = 0; i < 10; i++) {
      run.acquire(200 + i, "L1").write(200 + i, "Hi p" + i + " from process " + (200 + i)).release(200 + i, "L1")
          .write(200 + i, "\n");
    }

    Verdict verdict = verdict("manyGreetings4", "shared-lock", run.build("manyGreetings4"));

    assertThat(verdict.outcome()).isEqualTo("lock released too early");
    assertThat(verdict.message()).contains(
        "but every line was printed partly without the lock (it was released before the line was complete)");
    assertThat(verdict.evidence().observed()).contains("Hi p0 from process 200   [a lock for part of the line only]");
  }

  @Test
  void withoutEveryWriteTracedTheLocksAreNotJudged() {
    ScriptedRun run = started().untracedOutput("Hi p0 from process 200\n");

    assertThat(verdict("manyGreetings4", "shared-lock", run.build("manyGreetings4")).status()).isEqualTo(Status.UNJUDGED);
  }
}

package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import org.junit.jupiter.api.Test;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.testing.ScriptedRun;

class PidsCheckTests {

  @Test
  void realChildrenPrintingTheirOwnPidsPass() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").start(100, 102, "sayHi").start(100, 103, "sayHi")
        .print(103, "Hi from process", "103").print(101, "Hi from process", "101").print(102, "Hi from process", "102");

    assertThat(verdict("procEx2", "real-children", run.build("procEx2")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void runInsteadOfStartIsNamed() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)");
    for (int i = 0; i < 3; i++) {
      run.directRun(100, "sayHi").print(100, "Hi from process", "100");
    }

    Verdict verdict = verdict("procEx2", "real-children", run.build("procEx2"));

    assertThat(verdict.outcome()).isEqualTo("ran inside the parent");
    assertThat(verdict.message()).isEqualTo("""
        Expected each child line to show the pid of the child process that printed it,
        but:
          - run() was called 3 times in the parent instead of start()
          - "Hi from process 100" shows the parent's own pid 100
          - "Hi from process 100" shows the parent's own pid 100
          - "Hi from process 100" shows the parent's own pid 100
        Try: the children ran inside the parent, because run() was called: call start(), not run(), so that each target runs in a new process.""");
  }

  @Test
  void madeUpPidsAreNotProcessesOfTheRun() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .print(100, "Hi from process", "4321").print(100, "Hi from process", "4322").print(100, "Hi from process", "4323");

    Verdict verdict = verdict("procEx2", "real-children", run.build("procEx2"));

    assertThat(verdict.message()).isEqualTo("""
        Expected each child line to show the pid of the child process that printed it,
        but:
          - "Hi from process 4321" shows pid 4321, which is not a process this run started
          - "Hi from process 4322" shows pid 4322, which is not a process this run started
          - "Hi from process 4323" shows pid 4323, which is not a process this run started
        Try: let each child print its own line with its own current_process().pid; the parent must not print the children's lines.""");
  }

  @Test
  void aChildPrintingAnotherChildsPidIsCaught() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").start(100, 102, "sayHi").start(100, 103, "sayHi")
        .print(101, "Hi from process", "101").print(102, "Hi from process", "101").print(103, "Hi from process", "103");

    Verdict verdict = verdict("procEx2", "real-children", run.build("procEx2"));

    assertThat(verdict.message()).contains(
        "\"Hi from process 101\" shows pid 101 but was printed by process 102",
        "show the same pid 101: one process printed both");
  }

  @Test
  void theParentLineMustShowTheParentsPid() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "999", "(parent process)")
        .start(100, 101, "sayHi").print(101, "Hi from process", "101");

    Verdict verdict = verdict("procEx", "real-children", run.build("procEx"));

    assertThat(verdict.message()).contains(
        "\"Hi from process 999 (parent process)\" shows pid 999, but the parent's pid is 100");
  }
}

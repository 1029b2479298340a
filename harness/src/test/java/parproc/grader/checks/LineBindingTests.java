package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import org.junit.jupiter.api.Test;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.testing.ScriptedRun;

/** Reworded lines bound to the lines they stand for: the slip costs the lines check alone. */
class LineBindingTests {

  private static ScriptedRun procExReworded() {
    return ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").print(101, "Hello from process", "101");
  }

  @Test
  void aRewordedChildGreetingFailsTheLinesCheckShowingTheClosestLine() {
    Verdict verdict = verdict("procEx", "greetings", procExReworded().build("procEx"));

    assertThat(verdict.outcome()).isEqualTo("worded differently");
    assertThat(verdict.message()).isEqualTo("""
        Expected these lines, in any order:
          Hi from process <pid> (parent process)  (once, by the parent)
          Hi from process <pid>  (once, by a child),
        but missing: "Hi from process <pid>", closest printed: "[Hello] from process 101" (differing words in brackets; expected "[Hi] from process <pid>")
        Try: compare your output with the expected lines above, word for word.""");
  }

  @Test
  void theOtherChecksJudgeTheBoundLine() {
    assertThat(verdict("procEx", "parent-first", procExReworded().build("procEx")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("procEx", "real-children", procExReworded().build("procEx")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void aBoundLineStillShowsAWrongPid() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").print(101, "Hello from process", "100");

    assertThat(verdict("procEx", "real-children", run.build("procEx")).message())
        .contains("\"Hello from process 100\" shows the parent's own pid 100");
  }

  @Test
  void aLineWhosePidCannotBeToldFailsThePidsCheck() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").print(101, "Hi from process", "1", "101");

    Verdict verdict = verdict("procEx", "real-children", run.build("procEx"));

    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("\"Hi from process 1 101\" does not show which number is its pid");
  }

  @Test
  void aLinePrintedByTheWrongRoleIsNotBound() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").print(100, "Hello from process", "101");

    assertThat(verdict("procEx", "real-children", run.build("procEx")).status()).isEqualTo(Status.FAIL);
    assertThat(verdict("procEx", "greetings", run.build("procEx")).message())
        .contains("not expected: \"Hello from process 101\" (not an expected line)");
  }

  @Test
  void moreCandidatesThanMissingLinesBindNone() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").start(100, 102, "sayHi")
        .print(101, "Hello from process", "101").print(102, "Hello from process", "102");

    assertThat(verdict("procEx", "parent-first", run.build("procEx")).status()).isEqualTo(Status.FAIL);
    assertThat(verdict("procEx", "real-children", run.build("procEx")).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void aRewordedDiggerKeepsItsHoleAndLosesOnlyTheWording() {
    ScriptedRun run = ScriptedRun.root(100).lockCreated(100, "L1");
    String[] workers = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
    for (int i = 0; i < 10; i++) {
      run.start(100, 101 + i, "dig");
    }
    for (int i = 0; i < 10; i++) {
      run.acquire(101 + i, "L1").print(101 + i, "Hi, I'm digger", workers[i], "and I have to dig hole", String.valueOf(i))
          .release(101 + i, "L1");
    }

    Verdict workersVerdict = verdict("assignDiggers", "workers", run.build("assignDiggers"));

    assertThat(workersVerdict.message()).contains(
        "missing: \"Hiddy-ho! I'm worker A and today I have to dig hole 0\", closest printed:"
            + " \"[Hi], I'm [digger] A and I have to dig hole 0\" (differing words in brackets; expected"
            + " \"[Hiddy]-[ho]! I'm [worker] A and [today] I have to dig hole 0\")",
        // How the words differ is said once; the other lines show only their closest line.
        "missing: \"Hiddy-ho! I'm worker B and today I have to dig hole 1\", closest printed:"
            + " \"[Hi], I'm [digger] B and I have to dig hole 1\"\n");
    assertThat(verdict("assignDiggers", "shared-lock", run.build("assignDiggers")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("assignDiggers", "real-children", run.build("assignDiggers")).status()).isEqualTo(Status.PASS);
  }
}

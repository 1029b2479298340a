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
        .start(100, 101, "sayHi").print(101, "Hi from process", "1", "4242");

    Verdict verdict = verdict("procEx", "real-children", run.build("procEx"));

    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("\"Hi from process 1 4242\" does not show which number is its pid");
  }

  @Test
  void aPidStandsWhereverItIsWhenItIsTheWritersOwn() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)");
    for (int k = 1; k <= 3; k++) {
      run.start(100, 100 + k, "sayHi");
    }
    for (int k = 1; k <= 3; k++) {
      run.print(100 + k, "Hi from process", String.valueOf(100 + k), "(child process " + k + ")");
    }

    assertThat(verdict("procEx2", "real-children", run.build("procEx2")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("procEx2", "greetings", run.build("procEx2")).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void aMadeUpPidBesideOtherNumbersIsStillMadeUp() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)")
        .start(100, 101, "sayHi").print(101, "Hi from process", "5555", "(child process 1)");

    assertThat(verdict("procEx", "real-children", run.build("procEx")).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void aPidFirstAndOtherWordsBindEachChildsOneLine() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(parent process)");
    for (int k = 1; k <= 3; k++) {
      run.start(100, 100 + k, "sayHi2");
    }
    for (int k = 1; k <= 3; k++) {
      run.print(100 + k, String.valueOf(100 + k), "says: Hi Jimmy (3 of us)");
    }

    assertThat(verdict("manyGreetings", "real-children", run.build("manyGreetings")).status())
        .isEqualTo(Status.PASS);
    assertThat(verdict("manyGreetings", "parent-first", run.build("manyGreetings")).status())
        .isEqualTo(Status.PASS);
    assertThat(verdict("manyGreetings", "greetings", run.build("manyGreetings")).message()).contains(
        "but you printed \"101 says: Hi Jimmy (3 of us)\" and 2 more lines like it where"
            + " \"Hi Jimmy from process <pid>\" was expected (printed as expected 0 of 3 times)");
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

  private static ScriptedRun haveToWait(String waiting, String slowpoke, String done, boolean joins) {
    ScriptedRun run = ScriptedRun.root(100).lockCreated(100, "L1").start(100, 101, "slowpoke")
        .print(100, waiting);
    if (!joins) {
      run.print(100, done);
    }
    run.acquire(101, "L1").print(101, slowpoke).release(101, "L1").exit(101, 0);
    if (joins) {
      run.waitingOn(100, "join", 101, null).waited(100, "join", 101, "ended").print(100, done);
    }
    return run;
  }

  @Test
  void aProcessThatPrintedItsLinesInOrderBindsThemWhateverTheirWords() {
    ScriptedRun run = haveToWait("Parent process: waiting...", "Child process: Ok, I'm coming",
        "Parent process: finally ez.", true);

    Verdict messages = verdict("haveToWait", "messages", run.build("haveToWait"));
    assertThat(messages.outcome()).isEqualTo("worded differently");
    assertThat(messages.message()).isEqualTo("""
        Expected these lines, in any order:
          Waiter: Any day now...  (once, by the parent)
          Slowpoke: Ok, I'm coming  (once, by a child)
          Waiter: Finally! Geez.  (once, by the parent),
        but:
          - you printed "Parent process: waiting..." where "Waiter: Any day now..." was expected
          - missing: "Slowpoke: Ok, I'm coming", closest printed: "[Child] [process]: Ok, I'm coming" (differing words in brackets; expected "[Slowpoke]: Ok, I'm coming")
          - you printed "Parent process: finally ez." where "Waiter: Finally! Geez." was expected
        Try: compare your output with the expected lines above, word for word.""");
    assertThat(verdict("haveToWait", "finally-after-slowpoke", run.build("haveToWait")).status())
        .isEqualTo(Status.PASS);
    assertThat(verdict("haveToWait", "finally-after-waiting", run.build("haveToWait")).status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void bindingByOrderStillFindsAMissingJoin() {
    ScriptedRun run = haveToWait("Parent process: waiting...", "Child process: Ok, I'm coming",
        "Parent process: finally ez.", false);

    assertThat(verdict("haveToWait", "finally-after-slowpoke", run.build("haveToWait")).status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void aLineWhoseWordsNameAnotherExpectedLineIsNotBoundByOrder() {
    // "finally" printed first: the order would say it is the waiting line, its words say otherwise.
    ScriptedRun run = haveToWait("Parent: finally done", "Child process: Ok, I'm coming", "Parent: waiting",
        true);

    Verdict verdict = verdict("haveToWait", "finally-after-waiting", run.build("haveToWait"));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.outcome()).isEqualTo("lines missing");
  }

  @Test
  void aProcessWithMoreLinesThanExpectedIsNotBoundByOrder() {
    ScriptedRun run = haveToWait("Parent process: waiting...", "Child process: Ok, I'm coming",
        "Parent process: finally ez.", true).print(100, "Parent process: bye");

    assertThat(verdict("haveToWait", "finally-after-waiting", run.build("haveToWait")).outcome())
        .isEqualTo("lines missing");
  }

  /** sendName2 sending {@code names} in rounds, its child printing "Waiting for name..." and {@code hello} + name. */
  private static ScriptedRun sendName2(String hello, String... names) {
    ScriptedRun run = ScriptedRun.root(100).queueCreated(100, "Q1").startHolding(100, 101, "greet2", "Q1");
    for (String name : names) {
      run.print(101, "(child process) Waiting for name...").waitingOn(101, "get", "Q1", null)
          .print(100, "(main process) Ok, I'll send the name").put(100, "Q1", name)
          .get(101, "Q1", name).waited(101, "get", "Q1", "value").print(101, hello, name);
    }
    return run.exit(101, 0);
  }

  @Test
  void roundsAreBoundByTheValueThatWentThroughTheQueue() {
    ScriptedRun run = sendName2("(child process) Well, hi", "Ciaran", "Sam", "Alex", "Robin", "Kim");

    assertThat(verdict("sendName2", "hello-after-ok", run.build("sendName2")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("sendName2", "hello-after-waiting", run.build("sendName2")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("sendName2", "names-through-queue", run.build("sendName2")).status()).isEqualTo(Status.PASS);
    Verdict inOrder = verdict("sendName2", "names-in-order", run.build("sendName2"));
    assertThat(inOrder.outcome()).isEqualTo("other values");
    assertThat(verdict("sendName2", "messages", run.build("sendName2")).message()).contains(
        "  - you printed \"(child process) Waiting for name...\" where \"(child process) Waiting for name 0\" was expected\n",
        "  - you printed \"(child process) Well, hi Sam\" where \"(child process) Well, hi George1\" was expected\n");
  }

  @Test
  void namesSentInTheWrongOrderAreStillOutOfOrderWhateverTheWords() {
    ScriptedRun run = sendName2("(child process) Well, hello", "George4", "George3", "George2", "George1", "George0");

    assertThat(verdict("sendName2", "names-in-order", run.build("sendName2")).outcome()).isEqualTo("out of order");
  }

  @Test
  void aNameNotTakenFromTheQueueIsNotBoundByIt() {
    ScriptedRun run = ScriptedRun.root(100).queueCreated(100, "Q1").startHolding(100, 101, "greet", "Q1")
        .print(101, "(child process) Waiting for name...")
        .print(100, "(parent process) Ok, I'll send the name").put(100, "Q1", "Jimmy")
        .print(101, "(child process) Well, hello Ciaran").exit(101, 0);

    assertThat(verdict("sendName", "name-through-queue", run.build("sendName")).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void aChildsOneLineIsBoundByItsOwnArguments() {
    ScriptedRun run = ScriptedRun.root(100).lockCreated(100, "L1");
    String[] workers = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
    for (int i = 0; i < 10; i++) {
      run.startWith(100, 101 + i, "dig", "Process-" + (i + 1), workers[i], i, "lock");
    }
    for (int i = 0; i < 10; i++) {
      run.acquire(101 + i, "L1").print(101 + i, "Worker", workers[i], "-> hole", String.valueOf(i))
          .release(101 + i, "L1");
    }

    assertThat(verdict("assignDiggers", "workers", run.build("assignDiggers")).message()).contains(
        "  - you printed \"Worker C -> hole 2\" where \"Hiddy-ho! I'm worker C and today I have to dig hole 2\""
            + " was expected\n");
    assertThat(verdict("assignDiggers", "shared-lock", run.build("assignDiggers")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("assignDiggers", "real-children", run.build("assignDiggers")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void aChildWhoseArgumentsNameNoExpectedLineIsNotBound() {
    ScriptedRun run = ScriptedRun.root(100).lockCreated(100, "L1");
    String[] workers = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
    for (int i = 0; i < 10; i++) {
      run.startWith(100, 101 + i, "dig", "Process-" + (i + 1), workers[i], i + 1, "lock");
    }
    for (int i = 0; i < 10; i++) {
      run.acquire(101 + i, "L1").print(101 + i, "Worker", workers[i], "-> hole", String.valueOf(i + 1))
          .release(101 + i, "L1");
    }

    assertThat(verdict("assignDiggers", "shared-lock", run.build("assignDiggers")).outcome())
        .isEqualTo("lines missing");
  }

  private static ScriptedRun addTwoPar(String... printed) {
    return ScriptedRun.root(100).input(java.util.Map.of("a", "3", "b", "4"), "3\n4\n").queueCreated(100, "Q1")
        .startHolding(100, 101, "addTwoNumbers", "Q1").put(101, "Q1", 7).exit(101, 0)
        .get(100, "Q1", 7).print(100, printed);
  }

  @Test
  void aBareNumberIsTheSumItStandsFor() {
    ScriptedRun run = addTwoPar("7");

    assertThat(verdict("addTwoPar", "correct-sum", run.build("addTwoPar")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("addTwoPar", "through-queue", run.build("addTwoPar")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("addTwoPar", "output", run.build("addTwoPar")).message())
        .contains("but you printed \"7\" where \"The sum is: <sum>\" was expected");
  }

  @Test
  void theLastNumberIsReadAndNamedWithItsLineWhenItIsNotTheSum() {
    ScriptedRun run = addTwoPar("3 + 4 = 7 (by 1 child)");

    Verdict verdict = verdict("addTwoPar", "correct-sum", run.build("addTwoPar"));
    assertThat(verdict.message()).contains(
        "but the program printed 1, the last number of \"3 + 4 = 7 (by 1 child)\"");
  }

  @Test
  void aBareNumberTheParentComputedItselfIsStillNotThroughTheQueue() {
    ScriptedRun run = ScriptedRun.root(100).input(java.util.Map.of("a", "3", "b", "4"), "3\n4\n")
        .queueCreated(100, "Q1").startHolding(100, 101, "addTwoNumbers", "Q1").put(101, "Q1", 7).exit(101, 0)
        .print(100, "7");

    assertThat(verdict("addTwoPar", "correct-sum", run.build("addTwoPar")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("addTwoPar", "through-queue", run.build("addTwoPar")).status()).isEqualTo(Status.FAIL);
  }
}

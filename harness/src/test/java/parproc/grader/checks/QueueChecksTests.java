package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import java.util.Map;
import org.junit.jupiter.api.Test;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.testing.ScriptedRun;

/** The checks that follow values through queues: received, number, queue-result, plausible-sum. */
class QueueChecksTests {

  private static ScriptedRun addTwo(String a, String b) {
    return ScriptedRun.root(100).input(Map.of("a", a, "b", b), a + "\n" + b + "\n")
        .write(100, "Enter first number: ").read(100).write(100, "Enter second number: ").read(100)
        .start(100, 101, "addTwoNumbers");
  }

  @Test
  void aSumPrintedAsAFloatIsTheSameNumber() {
    ScriptedRun run = addTwo("3", "4").put(101, "Q1", 7.0).get(100, "Q1", 7.0).print(100, "The sum is:", "7.0");

    assertThat(verdict("addTwoPar", "correct-sum", run.build("addTwoPar")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("addTwoPar", "through-queue", run.build("addTwoPar")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void largeNumbersReadWithFloatPrintInExponentFormAndStillCompareEqual() {
    ScriptedRun run = addTwo("9007199254740992", "-1").put(101, "Q1", 9.007199254740991E15)
        .get(100, "Q1", 9.007199254740991E15).print(100, "The sum is:", "9007199254740991.0");

    assertThat(verdict("addTwoPar", "correct-sum", run.build("addTwoPar")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void numbersAddedAsTextAreRecognised() {
    ScriptedRun run = addTwo("3", "4").put(101, "Q1", "34").get(100, "Q1", "34").print(100, "The sum is:", "34");

    Verdict verdict = verdict("addTwoPar", "correct-sum", run.build("addTwoPar"));

    assertThat(verdict.message()).isEqualTo("""
        Expected sum = a + b = 7 for input a = 3, b = 4,
        but the program printed 34
        Try: the numbers were joined as text: input() returns a string, so convert each with int(...) or float(...) before adding.""");
  }

  @Test
  void twiceTheSumIsRecognised() {
    ScriptedRun run = addTwo("3", "4").start(100, 102, "addTwoNumbers").put(101, "Q1", 7).put(102, "Q1", 7)
        .get(100, "Q1", 7).get(100, "Q1", 7).print(100, "The sum is:", "14");

    assertThat(verdict("addTwoPar", "correct-sum", run.build("addTwoPar")).message())
        .endsWith("Try: that is twice the sum: is the sum computed by two processes and then added again? One child adds, the parent only prints what it gets.");
  }

  @Test
  void aParentThatNeverTakesFromTheQueueFails() {
    ScriptedRun run = addTwo("3", "4").put(101, "Q1", 7).print(100, "The sum is:", "7");

    Verdict verdict = verdict("addTwoPar", "through-queue", run.build("addTwoPar"));

    assertThat(verdict.message()).isEqualTo("""
        Expected the parent to print the value it took from the queue, which a child put there,
        but the parent printed 7 without taking any value from a queue
        Try: the parent must call q.get() (once for each child's put) and print what it got.""");
  }

  private static ScriptedRun addMany() {
    return ScriptedRun.root(100).start(100, 101, "addManyNumbers").start(100, 102, "addManyNumbers");
  }

  @Test
  void theMergedSumPassesWhicheverChildFinishesFirst() {
    ScriptedRun run = addMany().put(102, "Q1", 25249000).put(101, "Q1", 25251000)
        .get(100, "Q1", 25249000).get(100, "Q1", 25251000).print(100, "Sum:", "50500000");

    assertThat(verdict("addManyPar", "merged-sum", run.build("addManyPar")).status()).isEqualTo(Status.PASS);
    assertThat(verdict("addManyPar", "plausible-partial-sums", run.build("addManyPar")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void readingTheQueueOnceIsCaught() {
    ScriptedRun run = addMany().put(101, "Q1", 25251000).put(102, "Q1", 25249000)
        .get(100, "Q1", 25251000).print(100, "Sum:", "50502000");

    Verdict verdict = verdict("addManyPar", "merged-sum", run.build("addManyPar"));

    assertThat(verdict.message()).isEqualTo("""
        Expected the parent to print the sum of the values it took from the queue, which 2 children put there, one value each,
        but the parent took 25251000 from the queue but printed 50502000
        Try: call q.get() once for each child that puts a value, and add what you get.""");
  }

  @Test
  void oneChildDoingBothHalvesIsCaught() {
    ScriptedRun run = addMany().put(101, "Q1", 25251000).put(101, "Q1", 25249000)
        .get(100, "Q1", 25251000).get(100, "Q1", 25249000).print(100, "Sum:", "50500000");

    Verdict verdict = verdict("addManyPar", "merged-sum", run.build("addManyPar"));

    assertThat(verdict.message()).contains(
        "but 2 children should each put one value, but process 101 put 25251000 and 25249000");
  }

  @Test
  void twiceTheWorkIsImplausible() {
    ScriptedRun run = addMany().put(101, "Q1", 50502000).put(102, "Q1", 50498000)
        .get(100, "Q1", 50502000).get(100, "Q1", 50498000).print(100, "Sum:", "101000000");

    Verdict verdict = verdict("addManyPar", "plausible-partial-sums", run.build("addManyPar"));

    assertThat(verdict.message()).isEqualTo("""
        Expected each partial sum of 500000 draws of randint(1, 100) to lie within 25017247 .. 25482753,
        but the children put 50502000 and 50498000 (about twice the expected: the work was done twice)
        Try: each child adds numNumbers // 2 random numbers: check the count each one gets.""");
  }

  @Test
  void theBoundIsHoeffdingsForOneInABillion() {
    double width = PlausibleSumCheck.bound(500_000, 1, 100, 1e-9 / 2);

    assertThat(width).isBetween(232_752.0, 232_754.0);
    // About 11.4 standard deviations of a partial sum (28.87 per draw).
    assertThat(width / (28.866 * Math.sqrt(500_000))).isBetween(11.3, 11.5);
  }

  @Test
  void aNameGreetedWithoutTakingItFromTheQueueIsCaught() {
    ScriptedRun run = ScriptedRun.root(100).start(100, 101, "greet").print(101, "(child process) Waiting for name...")
        .print(100, "(parent process) Ok, I'll send the name").put(100, "Q1", "Jimmy")
        .print(101, "(child process) Well, hi", "Jimmy");

    Verdict verdict = verdict("sendName", "name-through-queue", run.build("sendName"));

    assertThat(verdict.message()).isEqualTo("""
        Expected each line to greet the name its process took from the queue,
        but "(child process) Well, hi Jimmy" was printed before its process took 'Jimmy' from a queue (it had taken nothing from a queue)
        Try: take the name with name = q.get() and print that variable, after the get.""");
  }
}

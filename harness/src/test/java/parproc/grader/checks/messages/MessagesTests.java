package parproc.grader.checks.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exact words of the failure kinds that the checks' own tests do not reach with an exact
 * message: each built from its facts, as a check would find them.
 */
class MessagesTests {

  private static final TooFewLines TWO_OF_TEN = new TooFewLines("Hi <worker> from process <pid>", 2, 10);

  @Test
  void aNumberLineNotPrintedShowsTheLineWithTheExpectedNumber() {
    NoNumberPrinted failure = new NoNumberPrinted("The sum is: 7");

    assertThat(failure.message().outcome()).isEqualTo("no number printed");
    assertThat(failure.message().render(null)).isEqualTo("""
        Expected "The sum is: 7",
        but no such line was printed
        Try: print the result in the form shown.""");
  }

  @Test
  void anOrderWithAMissingLineSaysWhyItCouldNotBeChecked() {
    LinesMissingForOrder failure = new LinesMissingForOrder("Waiter: Any day now...", "Slowpoke: Ok, I'm coming",
        new TooFewLines("Slowpoke: Ok, I'm coming", 0, 1));

    assertThat(failure.message().outcome()).isEqualTo("lines missing");
    assertThat(failure.message().render(null)).isEqualTo("""
        Expected to check that "Slowpoke: Ok, I'm coming" comes after "Waiter: Any day now...",
        but "Slowpoke: Ok, I'm coming" was printed 0 times instead of once, so the order could not be checked
        Try: make sure both lines are printed (see the other checks).""");
  }

  @Test
  void anUnusualOrderIsAllowed() {
    assertThat(new UnusualOrder("(child process) Waiting for name...", "(parent process) Ok, I'll send the name")
        .message()).isEqualTo(
            "\"(parent process) Ok, I'll send the name\" came before \"(child process) Waiting for name...\":"
                + " allowed, only less likely.");
  }

  @Test
  void theSharedLockWithMissingLinesCountsThem() {
    assertThat(new LinesMissingForLock(TWO_OF_TEN).message().render(null)).isEqualTo("""
        Expected 10 lines "Hi <worker> from process <pid>" printed under the shared lock,
        but only 2 were printed, so the lock could not be checked for all of them
        Try: make sure every child prints its line (see the other checks).""");
  }

  @Test
  void theValuesOfAMissingLineCouldNotBeChecked() {
    assertThat(new LinesMissingForValues(TWO_OF_TEN).message().render(null)).isEqualTo("""
        Expected "Hi <worker> from process <pid>" printed 10 times,
        but it was printed twice, so the values could not be checked
        Try: make sure the line is printed (see the other checks).""");
  }

  @Test
  void thePidsOfAMissingLineCouldNotAllBeChecked() {
    PidsNotReal failure = new PidsNotReal(List.of(new PidsNotReal.TooFew(TWO_OF_TEN)), 0);

    assertThat(failure.message().outcome()).isEqualTo("pids not from real children");
    assertThat(failure.message().observed()).isEqualTo(
        "\"Hi <worker> from process <pid>\" was printed twice instead of 10 times, so the pids could not all be checked");
  }

  @Test
  void aLockMadeByAChildIsNotTheParents() {
    assertThat(new LockNotFromParent(true, "Lock", "in worker (prog.py, line 7)").message().render(null)).isEqualTo("""
        Expected one Lock created by the parent,
        but the lock they share was created by one of the children in worker (prog.py, line 7)
        Try: create the Lock with Lock() in the parent, before starting the children, and pass it in args.""");
    assertThat(new LockNotFromParent(false, "Semaphore", null).message().observed())
        .isEqualTo("the shared Semaphore lets several processes in at once");
  }

  @Test
  void differentLocksMadeByTheParentAreNotOneSharedLock() {
    NoSharedLock failure = new NoSharedLock(false, 2, null);

    assertThat(failure.message().outcome()).isEqualTo("different locks");
    assertThat(failure.message().render(null)).isEqualTo("""
        Expected every line printed while holding one lock shared by all the children,
        but the lines were printed holding 2 different locks
        Try: create one Lock in the parent and pass that same Lock to every child.""");
  }

  @Test
  void aResultNeverPrintedNamesTheLine() {
    assertThat(new NothingPrinted("Sum: <sum>").message().render(null)).isEqualTo("""
        Expected the parent to print the result it took from the queue,
        but no line "Sum: <sum>" was printed
        Try: print the result in the form shown.""");
  }

  @Test
  void aSumOtherThanTheChildrensNamesWhatTheyPut() {
    assertThat(new SumDiffers(2, List.of("3", "4"), "8").message().render(null)).isEqualTo("""
        Expected the parent to print the sum of the values it took from the queue, which 2 children put there, one value each,
        but the children put 3 and 4 but the parent printed 8
        Try: add exactly the values the children put on the queue.""");
  }

  @Test
  void noChildPuttingAValueIsSaid() {
    WrongProducers failure = new WrongProducers(1, Map.of());

    assertThat(failure.message().outcome()).isEqualTo("0 producing children");
    assertThat(failure.message().render(null)).isEqualTo("""
        Expected the parent to print the value it took from the queue, which a child put there,
        but 1 child should each put one value, but no child put a number on a queue
        Try: let one child compute the result and put it on the queue.""");
  }

  private static final Draws PARTIAL = new Draws(500000, 1, 100, 25017247, 25482753, 2, "numNumbers");

  @Test
  void noSumSeenSaysWhatWasLookedFor() {
    assertThat(new NoSumSeen(PARTIAL).message().render(null)).isEqualTo("""
        Expected each partial sum of 500000 draws of randint(1, 100) to lie within 25017247 .. 25482753,
        but neither the children's partial sums nor a total were seen
        Try: let each child put its partial sum on the queue, and print the total.""");
  }

  @Test
  void anImplausibleTotalNamesTheProgramsCount() {
    Draws all = new Draws(1000000, 1, 100, 50170000, 50830000, 2, "numNumbers");

    assertThat(new ImplausibleTotal(all, "25250000", Draws.Ratio.HALF).message().render(null)).isEqualTo("""
        Expected a total of 1000000 draws within 50170000 .. 50830000,
        but the parent printed 25250000 (about half the expected: half of the work is missing)
        Try: add numNumbers random numbers in all, half in each child.""");
  }

  @Test
  void withoutTheProgramsNamesTheSumsSpeakInNumbers() {
    Draws three = new Draws(300, 1, 6, 900, 1200, 3, null);

    assertThat(new ImplausiblePartialSums(three, List.of("2100"), Draws.Ratio.OTHER).message().tryThis())
        .isEqualTo("each child adds 300 random numbers: check the count each one gets.");
    assertThat(new ImplausibleTotal(three, "2100", Draws.Ratio.OTHER).message().tryThis())
        .isEqualTo("add 300 random numbers in all, an equal share in each child.");
  }

  @Test
  void withoutTheExercisesWordsAValueNotReceivedSpeaksOfAValue() {
    ValueNotReceived failure = new ValueNotReceived(
        List.of(new ValueNotReceived.Line("Got 7", "7", List.of("'6'"))), null, null);

    assertThat(failure.message().render(null)).isEqualTo("""
        Expected each line to show the value its process took from the queue,
        but "Got 7" was printed before its process took '7' from a queue (it had taken '6')
        Try: take the value with value = q.get() and print that variable, after the get.""");
  }

  @Test
  void theInstructorsHintReplacesTheKindsAdvice() {
    assertThat(new NothingPrinted("Sum: <sum>").message().render("print the sum as the exercise shows it."))
        .endsWith("\nTry: print the sum as the exercise shows it.");
  }

  @Test
  void aJoinThatNeverEndsAndAParentWaitingOnlyForItsChildren() {
    StoppedAtTimeLimit join = new StoppedAtTimeLimit(2.5, List.of(
        new StoppedAtTimeLimit.InJoin("the parent (pid 100)", "Process-1", 101),
        new StoppedAtTimeLimit.Running("child Process-1 (pid 101)")));

    assertThat(join.message().expected()).isEqualTo("the program to finish within 2.5 s");
    assertThat(join.message().observed()).isEqualTo("""
        it was still running and was stopped:
          the parent (pid 100) was waiting in join() for Process-1 (pid 101) to end
          child Process-1 (pid 101) was still running (a loop that never ends, or a sleep that is too long?)""");
    assertThat(new StoppedAtTimeLimit(30, List.of()).message().observed()).isEqualTo("""
        it was still running and was stopped:
          the parent had returned, but was still waiting for its children to end""");
  }

  @Test
  void aProcessLeftRunningOutsideTheSessionIsNamedWithItsPid() {
    LeftRunning one = new LeftRunning(List.of(4242L));

    assertThat(one.message().outcome()).isEqualTo("left a process running");
    assertThat(one.message().render(null)).isEqualTo("""
        Expected the program to end with all of its processes,
        but it left a process running after it ended (pid 4242), one that had left the run's session with os.setsid(), so the grader stopped it
        Try: let every process the program starts end before it does: start children with multiprocessing and join them, and leave no process behind with os.fork() and os.setsid().""");
    assertThat(new LeftRunning(List.of(4242L, 4250L)).message().observed()).isEqualTo(
        "it left 2 processes running after it ended (pids 4242, 4250), which had left the run's session with"
            + " os.setsid(), so the grader stopped them");
  }

  @Test
  void childrenEndingBadlyAreListedAndTheWorstCounted() {
    UncleanEnd failure = new UncleanEnd(0, List.of(
        new UncleanEnd.NeverRan("child Process-1 (pid 101)"),
        new UncleanEnd.Abrupt("child Process-2 (pid 102, running dig)")), null);

    assertThat(failure.message().outcome()).isEqualTo("a child never ran");
    assertThat(failure.message().render(null)).isEqualTo("""
        Expected every process to run its target to the end, with exit status 0,
        but:
          - child Process-1 (pid 101) was started but never ran its target
          - child Process-2 (pid 102, running dig) ended abruptly, without finishing its target (killed by a signal?)
        Try: let every process return normally: no sys.exit() with a non-zero status, no os._exit().""");
    assertThat(new UncleanEnd(137, List.of(), null).message().observed()).isEqualTo("the parent ended with signal 9 (killed)");
  }

  @Test
  void anErrorWithoutAPlaceOrAdviceSaysToReadTheTraceback() {
    assertThat(new UncaughtError("the parent (pid 100)", "ValueError", "", null, 0, null, null).message().render(null))
        .isEqualTo("""
            Expected no error in any process,
            but the parent (pid 100) raised ValueError
            Try: read the traceback below from its last line up.""");
  }

  @Test
  void aDeadlockSaysWhoWaitsForWhatAndWhichErrorCausedIt() {
    Deadlocked failure = new Deadlocked(
        List.of(new Deadlocked.AtExit("the parent (pid 100)", false),
            new Deadlocked.InGet("child Process-1 (pid 101, running greet)", "in main (prog.py, line 9)")),
        List.of(new Deadlocked.Ended("child Process-2 (pid 102)", "ValueError", "bad", "prog.py", 4)));

    assertThat(failure.message().outcome()).isEqualTo("deadlock");
    assertThat(failure.message().render(null)).isEqualTo("""
        Expected the program to finish,
        but it deadlocked: every process waited for ever on another, so it was stopped at once:
          the parent (pid 100) returned and waits for its children to end
          child Process-1 (pid 101, running greet) waits in q.get() on the queue made in main (prog.py, line 9), but no process that could put on it was still running
          child Process-2 (pid 102) ended with ValueError: bad (prog.py, line 4)
        Try: fix the error first: a process that ends with an error never makes the put (or ends) the others wait for.""");
  }

  @Test
  void aDeadlockOnAJoinAndALockWithoutErrors() {
    Deadlocked failure = new Deadlocked(
        List.of(new Deadlocked.InJoin("the parent (pid 100)", "child Process-1 (pid 101)"),
            new Deadlocked.InAcquire("child Process-1 (pid 101)", null, "the parent (pid 100)")),
        List.of());

    assertThat(failure.message().observed()).isEqualTo("""
        it deadlocked: every process waited for ever on another, so it was stopped at once:
          the parent (pid 100) waits in join() for child Process-1 (pid 101), which is blocked too
          child Process-1 (pid 101) waits in acquire() for the lock made by the program, held by the parent (pid 100), which only blocked processes could release""");
    assertThat(failure.message().tryThis()).isEqualTo(
        "every q.get() needs a q.put() that some running process will still make, and a join() a child that ends.");
  }

  @Test
  void anOrderAmongTheValuesThemselvesNeedsTheExercisesOwnValues() {
    ValuesMissingForOrder failure = new ValuesMissingForOrder("(child process) Well, hi George{i}", 0, 5, 5);

    assertThat(failure.message().outcome()).isEqualTo("other values");
    assertThat(failure.message().render(null)).isEqualTo("""
        Expected the values of "(child process) Well, hi George{i}" in the order the exercise names,
        but "(child process) Well, hi George{i}" was printed with the exercise's own values 0 times instead of 5 times (5 lines stand for it with other values), so the order of the values could not be checked
        Try: this check judges the values themselves: use the values the exercise names.""");
  }

  @Test
  void linesStandingForAnExpectedLineAreNamedInPairs() {
    LinesDiffer failure = new LinesDiffer(List.of(
        new LinesDiffer.Expected("Waiter: Any day now...", 1, 0, "the parent", null,
            List.of("Parent process: waiting...")),
        new LinesDiffer.Expected("(main process) Ok, I'll send the name", 5, 3, "the parent", null,
            List.of("(main process) sending", "(main process) sending now"))),
        List.of(), List.of());

    assertThat(failure.message().outcome()).isEqualTo("worded differently");
    assertThat(failure.message().observed()).isEqualTo("""
        :
          - you printed "Parent process: waiting..." where "Waiter: Any day now..." was expected
          - you printed "(main process) sending" and 1 more line like it where "(main process) Ok, I'll send the name" was expected (printed as expected 3 of 5 times)""");
  }
}


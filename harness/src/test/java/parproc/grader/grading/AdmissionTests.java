package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import parproc.grader.HarnessException;

/**
 * Runs are admitted while a core is free, a run that only sleeps or waits frees its core, and
 * waiting runs start in the order of their rank, then of their arrival.
 */
class AdmissionTests {

  @Test
  void aThirdRunWaitsForACoreAndStartsWhenARunGoesToSleep() throws Exception {
    try (Admission admission = new Admission(2)) {
      Held first = Held.admit(admission, Admission.Rank.OTHERS);
      Held second = Held.admit(admission, Admission.Rank.OTHERS);
      Held third = Held.admit(admission, Admission.Rank.OTHERS);
      first.awaitStart();
      second.awaitStart();
      assertThat(third.startsWithin(300)).isFalse();

      first.ticket().computing(false);

      assertThat(third.startsWithin(10_000)).isTrue();
      assertThat(admission.computing()).isEqualTo(2);
      // The sleeper wakes: it computes again at once, over the count; nothing is preempted.
      first.ticket().computing(true);
      assertThat(admission.computing()).isEqualTo(3);
      first.end();
      second.end();
      third.end();
      assertThat(admission.computing()).isZero();
      assertThat(admission.underway()).isZero();
    }
  }

  @Test
  void leavingTwiceOrSleepingTwiceFreesOneCoreOnly() throws Exception {
    try (Admission admission = new Admission(1)) {
      Held held = Held.admit(admission, Admission.Rank.OTHERS);
      held.awaitStart();
      held.ticket().computing(false);
      held.ticket().computing(false);
      held.ticket().leave();
      held.ticket().leave();
      assertThat(admission.computing()).isZero();
      assertThat(admission.underway()).isZero();
      // The run's own return after it left changes nothing either.
      held.end();
      assertThat(admission.computing()).isZero();
      assertThat(admission.underway()).isZero();
    }
  }

  @Test
  void waitingRunsStartByRankThenInTheOrderTheyCame() throws Exception {
    List<String> started = new CopyOnWriteArrayList<>();
    try (Admission admission = new Admission(1)) {
      Held blocker = Held.admit(admission, Admission.Rank.OTHERS);
      blocker.awaitStart();
      List<CompletableFuture<String>> queued = List.of(
          admission.admit(Admission.Rank.OTHERS, ticket -> record(started, "others 1")),
          admission.admit(Admission.Rank.SLEEPERS, ticket -> record(started, "sleepers 1")),
          admission.admit(Admission.Rank.OTHERS, ticket -> record(started, "others 2")),
          admission.admit(Admission.Rank.SLEEPERS, ticket -> record(started, "sleepers 2")));
      assertThat(started).isEmpty();

      blocker.end();

      CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
      assertThat(started).containsExactly("sleepers 1", "sleepers 2", "others 1", "others 2");
    }
  }

  @Test
  void sleepersLeaveRoomUnderTheCapForRunsThatCompute() throws Exception {
    // One core, four places: sleepers may hold the three that the one computing run leaves.
    try (Admission admission = new Admission(1, 4, "test-run-")) {
      Held computing = Held.admit(admission, Admission.Rank.OTHERS);
      computing.awaitStart();
      List<Held> sleepers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        sleepers.add(Held.admit(admission, Admission.Rank.SLEEPERS));
      }
      Held other = Held.admit(admission, Admission.Rank.OTHERS);

      computing.end();
      for (Held sleeper : sleepers.subList(0, 3)) {
        assertThat(sleeper.startsWithin(10_000)).isTrue();
        sleeper.ticket().computing(false);
      }

      // Three sleepers fill their room: the run that computes takes the last place, not the fourth.
      assertThat(other.startsWithin(10_000)).isTrue();
      assertThat(sleepers.get(3).startsWithin(300)).isFalse();
      other.end();
      // No other run waits: the fourth sleeper takes the place.
      assertThat(sleepers.get(3).startsWithin(10_000)).isTrue();
      for (Held sleeper : sleepers) {
        sleeper.end();
      }
    }
  }

  @Test
  void runsThatOnlySleepStillCountTowardTheCap() throws Exception {
    try (Admission admission = new Admission(4, 2, "test-run-")) {
      Held first = Held.admit(admission, Admission.Rank.OTHERS);
      Held second = Held.admit(admission, Admission.Rank.OTHERS);
      first.awaitStart();
      second.awaitStart();
      first.ticket().computing(false);
      second.ticket().computing(false);
      Held third = Held.admit(admission, Admission.Rank.OTHERS);
      assertThat(third.startsWithin(300)).isFalse();

      first.end();

      assertThat(third.startsWithin(10_000)).isTrue();
      second.end();
      third.end();
    }
  }

  @Test
  void withOnePlaceASleeperStillGetsItsTurn() throws Exception {
    try (Admission admission = new Admission(1, 1, "test-run-")) {
      Held running = Held.admit(admission, Admission.Rank.OTHERS);
      running.awaitStart();
      Held sleeper = Held.admit(admission, Admission.Rank.SLEEPERS);
      Held other = Held.admit(admission, Admission.Rank.OTHERS);

      running.end();

      assertThat(sleeper.startsWithin(10_000)).isTrue();
      assertThat(other.startsWithin(300)).isFalse();
      sleeper.end();
      assertThat(other.startsWithin(10_000)).isTrue();
      other.end();
    }
  }

  @Test
  void closingWhileRunsAreUnderWayInterruptsThemAndTheirResultsStillArrive() throws Exception {
    Admission admission = new Admission(2);
    Held first = Held.admit(admission, Admission.Rank.OTHERS);
    Held second = Held.admit(admission, Admission.Rank.SLEEPERS);
    first.awaitStart();
    second.awaitStart();

    admission.close();

    // Each held run returns once interrupted: its future completes, and its place is given back.
    assertThat(first.done()).succeedsWithin(10, TimeUnit.SECONDS).isEqualTo("ended");
    assertThat(second.done()).succeedsWithin(10, TimeUnit.SECONDS).isEqualTo("ended");
    assertThat(admission.underway()).isZero();
  }

  private static List<Held> admitOthers(Admission admission, int count) {
    List<Held> held = new ArrayList<>();
    for (int run = 0; run < count; run++) {
      held.add(Held.admit(admission, Admission.Rank.OTHERS));
    }
    return held;
  }

  private static void assertAllStart(List<Held> held) throws Exception {
    for (Held run : held) {
      assertThat(run.startsWithin(10_000)).isTrue();
    }
  }

  /** Waits, up to 10 s, for the width to come to {@code expected}. */
  /** CPU counters of a one-core machine, idle or busy as the test says. */
  @Test
  void closingFailsTheRunsStillWaitingAsStopped() throws Exception {
    Admission admission = new Admission(1);
    Held running = Held.admit(admission, Admission.Rank.OTHERS);
    running.awaitStart();
    CompletableFuture<String> waiting = admission.admit(Admission.Rank.OTHERS, ticket -> "ran");

    admission.close();

    assertThat(waiting).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
        .havingCause().isInstanceOf(HarnessException.class).withMessage("the grading was stopped");
    assertThat(admission.admit(Admission.Rank.OTHERS, ticket -> "late")).isCompletedExceptionally();
  }

  private static String record(List<String> started, String name) {
    started.add(name);
    return name;
  }

  /** An admitted run that holds its core until the test ends it. */
  private record Held(CompletableFuture<Admission.Ticket> started, CountDownLatch release, CompletableFuture<String> done) {

    static Held admit(Admission admission, Admission.Rank rank) {
      CompletableFuture<Admission.Ticket> started = new CompletableFuture<>();
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<String> done = admission.admit(rank, ticket -> {
        started.complete(ticket);
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return "ended";
      });
      return new Held(started, release, done);
    }

    Admission.Ticket ticket() throws Exception {
      return started.get(10, TimeUnit.SECONDS);
    }

    void awaitStart() throws Exception {
      ticket();
    }

    boolean startsWithin(long millis) throws Exception {
      try {
        started.get(millis, TimeUnit.MILLISECONDS);
        return true;
      } catch (TimeoutException e) {
        return false;
      }
    }

    void end() throws Exception {
      release.countDown();
      assertThat(done.get(10, TimeUnit.SECONDS)).isEqualTo("ended");
    }
  }
}

package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
          admission.admit(Admission.Rank.SHRINKING, ticket -> record(started, "shrinking 1")),
          admission.admit(Admission.Rank.SLEEPERS, ticket -> record(started, "sleepers 2")));
      assertThat(started).isEmpty();

      blocker.end();

      CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
      assertThat(started).containsExactly("shrinking 1", "sleepers 1", "sleepers 2", "others 1", "others 2");
    }
  }

  @Test
  void sleepersLeaveRoomUnderTheCapForRunsThatCompute() throws Exception {
    // One core, four places: the widest admission on one core is four, so sleepers get half the places.
    try (Admission admission = new Admission(1, 4, IdleCores.NONE, "test-run-")) {
      Held computing = Held.admit(admission, Admission.Rank.OTHERS);
      computing.awaitStart();
      Held firstSleeper = Held.admit(admission, Admission.Rank.SLEEPERS);
      Held secondSleeper = Held.admit(admission, Admission.Rank.SLEEPERS);
      Held thirdSleeper = Held.admit(admission, Admission.Rank.SLEEPERS);
      Held other = Held.admit(admission, Admission.Rank.OTHERS);

      computing.end();
      firstSleeper.ticket().computing(false);
      secondSleeper.ticket().computing(false);

      // Two sleepers fill their room: the run that computes goes before the third.
      assertThat(other.startsWithin(10_000)).isTrue();
      assertThat(thirdSleeper.startsWithin(300)).isFalse();
      other.end();
      // No other run waits: the third sleeper takes a place beyond the room.
      assertThat(thirdSleeper.startsWithin(10_000)).isTrue();
      firstSleeper.end();
      secondSleeper.end();
      thirdSleeper.end();
    }
  }

  @Test
  void runsThatOnlySleepStillCountTowardTheCap() throws Exception {
    try (Admission admission = new Admission(4, 2, IdleCores.NONE, "test-run-")) {
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
  void whileTheCoresSitIdleAThirdRunStartsThoughTwoCompute() throws Exception {
    // Ticks of two cores: every tick idle since the last reading.
    AtomicLong ticks = new AtomicLong();
    IdleCores idle = () -> {
      long now = ticks.addAndGet(10);
      return Optional.of(new IdleCores.Reading(now, now, 2));
    };
    try (Admission admission = new Admission(2, 16, idle, "test-run-")) {
      Held first = Held.admit(admission, Admission.Rank.OTHERS);
      Held second = Held.admit(admission, Admission.Rank.OTHERS);
      Held third = Held.admit(admission, Admission.Rank.OTHERS);
      assertThat(third.startsWithin(10_000)).isTrue();
      assertThat(admission.computing()).isEqualTo(3);
      first.end();
      second.end();
      third.end();
    }
  }

  @Test
  void whileTheCoresAreBusyAThirdRunWaits() throws Exception {
    AtomicLong ticks = new AtomicLong();
    IdleCores busy = () -> Optional.of(new IdleCores.Reading(0, ticks.addAndGet(10), 2));
    try (Admission admission = new Admission(2, 16, busy, "test-run-")) {
      Held first = Held.admit(admission, Admission.Rank.OTHERS);
      Held second = Held.admit(admission, Admission.Rank.OTHERS);
      Held third = Held.admit(admission, Admission.Rank.OTHERS);
      assertThat(third.startsWithin(300)).isFalse();
      first.end();
      assertThat(third.startsWithin(10_000)).isTrue();
      assertThat(admission.computing()).isEqualTo(2);
      second.end();
      third.end();
    }
  }

  @Test
  void theWidthGrowsWhileTheCoresSitIdleAndNarrowsToThemOnceTheyAreBusy() throws Exception {
    Machine machine = new Machine();
    try (Admission admission = new Admission(1, 16, machine, "test-run-")) {
      List<Held> held = admitOthers(admission, Admission.WIDEST_PER_CORE);
      // One more than the widest admission: it keeps a run waiting, so the width is kept.
      Held waiting = Held.admit(admission, Admission.Rank.OTHERS);
      assertAllStart(held);
      assertThat(admission.width()).isEqualTo(Admission.WIDEST_PER_CORE);
      assertThat(waiting.startsWithin(300)).isFalse();

      machine.sitIdle.set(false);
      awaitWidth(admission, 1);
      // Three runs still compute on the one core: the one that ended is not replaced.
      held.get(0).end();
      assertThat(waiting.startsWithin(300)).isFalse();
      for (Held run : held.subList(1, held.size())) {
        run.end();
      }
      assertThat(waiting.startsWithin(10_000)).isTrue();
      waiting.end();
    }
  }

  @Test
  void afterALullTheWidthFallsBackToTheCores() throws Exception {
    Machine machine = new Machine();
    try (Admission admission = new Admission(1, 16, machine, "test-run-")) {
      List<Held> held = admitOthers(admission, 3);
      assertAllStart(held);
      assertThat(admission.width()).isEqualTo(3);

      // No run waits for more than two windows: what the width learnt is stale.
      Thread.sleep(TimeUnit.NANOSECONDS.toMillis(5 * Admission.WINDOW_NANOS));
      machine.sitIdle.set(false);
      Held later = Held.admit(admission, Admission.Rank.OTHERS);

      assertThat(admission.width()).isOne();
      assertThat(later.startsWithin(300)).isFalse();
      for (Held run : held) {
        run.end();
      }
      assertThat(later.startsWithin(10_000)).isTrue();
      later.end();
    }
  }

  @Test
  void withOnePlaceASleeperStillGetsItsTurn() throws Exception {
    try (Admission admission = new Admission(1, 1, IdleCores.NONE, "test-run-")) {
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
  private static void awaitWidth(Admission admission, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (admission.width() != expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(admission.width()).isEqualTo(expected);
  }

  /** CPU counters of a one-core machine, idle or busy as the test says. */
  private static final class Machine implements IdleCores {
    final AtomicBoolean sitIdle = new AtomicBoolean(true);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong idleTicks = new AtomicLong();

    @Override
    public Optional<Reading> read() {
      total.addAndGet(10);
      if (sitIdle.get()) {
        idleTicks.addAndGet(10);
      }
      return Optional.of(new Reading(idleTicks.get(), total.get(), 1));
    }
  }

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

  @Test
  void idleCoresAreTheIdleShareOfTheTicksThatPassedTimesTheCores() {
    // The counters of "cpu  100 0 50 800 50 0 0 0 0 0" and "cpu  150 0 50 900 100 0 0 0 0 0" (CpuCountersTests).
    IdleCores.Reading earlier = new IdleCores.Reading(850, 1000, 2);
    IdleCores.Reading later = new IdleCores.Reading(1000, 1200, 2);
    // 200 ticks passed over both cores, 150 of them idle or waiting for the disk: 1.5 cores idle.
    assertThat(later.idleSince(earlier)).isEqualTo(1.5);
    assertThat(later.idleSince(later)).isZero();
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

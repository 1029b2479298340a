package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Runs are admitted while a core is free, and a run that only sleeps or waits frees its core. */
class AdmissionTests {

  @Test
  void aThirdRunWaitsForACoreAndStartsWhenARunGoesToSleep() throws Exception {
    Admission admission = new Admission(2);
    Admission.Ticket first = admission.enter();
    Admission.Ticket second = admission.enter();
    CompletableFuture<Admission.Ticket> third = enterLater(admission);
    assertThat(waitsStill(third)).isTrue();

    first.computing(false);

    Admission.Ticket admitted = third.get(10, TimeUnit.SECONDS);
    assertThat(admission.computing()).isEqualTo(2);
    // The sleeper wakes: it computes again at once, over the count; nothing is preempted.
    first.computing(true);
    assertThat(admission.computing()).isEqualTo(3);
    first.leave();
    second.leave();
    admitted.leave();
    assertThat(admission.computing()).isZero();
  }

  @Test
  void leavingTwiceOrSleepingTwiceFreesOneCoreOnly() throws Exception {
    Admission admission = new Admission(1);
    Admission.Ticket ticket = admission.enter();
    ticket.computing(false);
    ticket.computing(false);
    ticket.leave();
    assertThat(admission.computing()).isZero();
    admission.enter();
    assertThat(admission.computing()).isEqualTo(1);
  }

  @Test
  void whileTheCoresSitIdleAThirdRunStartsThoughTwoCompute() throws Exception {
    // Ticks of two cores: every tick idle since the last reading.
    java.util.concurrent.atomic.AtomicLong ticks = new java.util.concurrent.atomic.AtomicLong();
    IdleCores idle = () -> {
      long now = ticks.addAndGet(10);
      return java.util.Optional.of(new IdleCores.Reading(now, now, 2));
    };
    Admission admission = new Admission(2, idle);
    admission.enter();
    admission.enter();
    Admission.Ticket third = enterLater(admission).get(10, TimeUnit.SECONDS);
    assertThat(admission.computing()).isEqualTo(3);
    third.leave();
  }

  @Test
  void whileTheCoresAreBusyAThirdRunWaits() throws Exception {
    java.util.concurrent.atomic.AtomicLong ticks = new java.util.concurrent.atomic.AtomicLong();
    IdleCores busy = () -> java.util.Optional.of(new IdleCores.Reading(0, ticks.addAndGet(10), 2));
    Admission admission = new Admission(2, busy);
    Admission.Ticket first = admission.enter();
    admission.enter();
    CompletableFuture<Admission.Ticket> third = enterLater(admission);
    assertThat(waitsStill(third)).isTrue();
    first.leave();
    third.get(10, TimeUnit.SECONDS);
    assertThat(admission.computing()).isEqualTo(2);
  }

  @Test
  void theMachineLineOfProcStatCountsIdleAndIowaitAsIdle() {
    IdleCores.Reading earlier = IdleCores.parse("cpu  100 0 50 800 50 0 0 0 0 0", 2);
    IdleCores.Reading later = IdleCores.parse("cpu  150 0 50 900 100 0 0 0 0 0", 2);
    // 200 ticks passed over both cores, 150 of them idle or waiting for the disk: 1.5 cores idle.
    assertThat(later.idleSince(earlier)).isEqualTo(1.5);
    assertThat(later.idleSince(later)).isZero();
  }

  /** Enters on another thread: the future completes once the run is admitted. */
  private static CompletableFuture<Admission.Ticket> enterLater(Admission admission) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return admission.enter();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static boolean waitsStill(CompletableFuture<?> future) throws Exception {
    try {
      future.get(300, TimeUnit.MILLISECONDS);
      return false;
    } catch (TimeoutException e) {
      return true;
    }
  }
}

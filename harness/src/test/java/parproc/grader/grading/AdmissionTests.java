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
    CompletableFuture<Admission.Ticket> third = CompletableFuture.supplyAsync(() -> {
      try {
        return admission.enter();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
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

  private static boolean waitsStill(CompletableFuture<?> future) throws Exception {
    try {
      future.get(300, TimeUnit.MILLISECONDS);
      return false;
    } catch (TimeoutException e) {
      return true;
    }
  }
}

package parproc.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** How far a class grading is, and the time left the progress bar shows. */
class TallyTests {

  private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
  private final Tally tally = new Tally(nanos::get);

  @Test
  void studentsKeptFromAnEarlierGradingAreDoneButTakeNoTime() {
    tally.begin(5, 2);
    nanos.addAndGet(90_000_000_000L);
    assertThat(tally.timeLeft()).isEqualTo("ETA --");

    tally.finished();
    assertThat(tally.done()).isEqualTo(3);
    assertThat(tally.total()).isEqualTo(5);
    assertThat(tally.timeLeft()).isEqualTo("ETA 3m00s");
  }

  @Test
  void theMeanTimePerStudentGradedTimesTheStudentsLeft() {
    tally.begin(5, 0);
    nanos.addAndGet(40_000_000_000L);
    tally.finished();
    tally.finished();
    assertThat(tally.timeLeft()).isEqualTo("ETA 1m00s");
    tally.finished();
    tally.finished();
    tally.finished();
    assertThat(tally.timeLeft()).isEqualTo("ETA 0m00s");
  }

  @Test
  void anHourOrMoreIsShownInHoursAndMinutes() {
    tally.begin(61, 0);
    nanos.addAndGet(65_000_000_000L);
    tally.finished();
    assertThat(tally.timeLeft()).isEqualTo("ETA 1h05m");
  }
}

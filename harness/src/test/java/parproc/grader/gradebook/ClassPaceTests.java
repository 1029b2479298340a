package parproc.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How far a class grading is, and the time left the progress bar shows. */
class ClassPaceTests {

  private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
  private final ClassPace tally = new ClassPace(nanos::get);

  @ParameterizedTest(name = "{0} students, {1} kept, {2} graded in {3} s: {4}")
  @CsvSource({
      "5, 2, 0, 90, ETA --",
      "5, 2, 1, 90, ETA 3m00s",
      "5, 0, 2, 40, ETA 1m00s",
      "5, 0, 5, 40, ETA 0m00s",
      "61, 0, 1, 65, ETA 1h05m"
  })
  void theTimeLeftIsTheMeanTimePerStudentGradedTimesTheStudentsLeft(int students, int kept, int graded, long seconds,
      String expected) {
    tally.begin(students, kept);
    nanos.addAndGet(seconds * 1_000_000_000L);
    for (int i = 0; i < graded; i++) {
      tally.finished();
    }
    assertThat(tally.timeLeft()).isEqualTo(expected);
    assertThat(tally.done()).isEqualTo(kept + graded);
    assertThat(tally.total()).isEqualTo(students);
  }
}

package parproc.grader.gradebook;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a class grading is: students done of the total, and the time left from the mean time
 * per student graded so far in this run (students kept from an earlier grading took none).
 */
final class ClassPace {

  private final LongSupplier clock;
  private int total;
  private int done;
  private int graded;
  private long startedNanos;

  /** @param clock nanoseconds, {@link System#nanoTime} but in tests */
  ClassPace(LongSupplier clock) {
    this.clock = clock;
  }

  /** The grading of {@code students} begins now, {@code kept} of them already done. */
  void begin(int students, int kept) {
    total = students;
    done = kept;
    startedNanos = clock.getAsLong();
  }

  /** One more student was graded. */
  void finished() {
    done++;
    graded++;
  }

  int total() {
    return total;
  }

  int done() {
    return done;
  }

  /** "ETA 1m30s", or "ETA 2h05m" from an hour on; "ETA --" until a first student is graded. */
  String timeLeft() {
    if (graded == 0) {
      return "ETA --";
    }
    long elapsed = clock.getAsLong() - startedNanos;
    long seconds = Duration.ofNanos(elapsed / graded * (total - done)).toSeconds();
    return seconds >= 3600 ? String.format(Locale.ROOT, "ETA %dh%02dm", seconds / 3600, seconds % 3600 / 60)
        : String.format(Locale.ROOT, "ETA %dm%02ds", seconds / 60, seconds % 60);
  }
}

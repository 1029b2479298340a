package parproc.grader.grading;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Admits runs by CPU rather than by slot: a run holds one of the grader's cores while it
 * computes and gives it back while every one of its processes sleeps or waits, so that another
 * run can start on it. A run that wakes takes its core back at once (nothing is preempted); the
 * grader's cap on runs at once bounds memory.
 *
 * <p>Runs that count as computing do not always fill their core: the probe pauses after writes,
 * children start, output is read. Where the machine's CPU counters can be read, a further run is
 * admitted whenever the cores were measurably idle over the last {@link #WINDOW_NANOS}, at most one
 * such run per window, so that the machine stays busy; other work on the machine counts as busy,
 * so this never adds load to a loaded one.
 */
final class Admission {

  /** The stretch over which idleness is judged: four of the kernel's 10 ms ticks per core. */
  static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

  /**
   * Idle cores, on average over the window, that admit one more run: a little more than one
   * idle tick of the window. Measured on 2 cores, admitting at 0.15 graded 20 runs of each
   * reference solution about 5% faster than at 0.4, with the same CPU time.
   */
  static final double IDLE_TO_ADMIT = 0.15;

  /** How often a waiting run looks at the machine's idleness. */
  static final long LOOK_MILLIS = 20;

  private final int cores;
  private final IdleCores idle;
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Condition free = lock.newCondition();
  private int computing;
  /** Recent readings of the counters, oldest first, with when they were read. */
  private final java.util.ArrayDeque<Timed> readings = new java.util.ArrayDeque<>();
  /** When a run was last admitted for idleness: the next waits until the window shows its effect. */
  private long extraNanos = Long.MIN_VALUE / 2;

  private record Timed(long nanos, IdleCores.Reading reading) {}

  /** Admits by the count of computing runs alone. */
  Admission(int cores) {
    this(cores, IdleCores.NONE);
  }

  /** Admits by the count of computing runs, and beyond it while {@code idle} shows idle cores. */
  Admission(int cores, IdleCores idle) {
    this.cores = cores;
    this.idle = idle;
  }

  /** Waits for a core that no run computes on (or that sits idle), and takes it for a new run. */
  Ticket enter() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (computing >= cores && !idleCore()) {
        if (idle == IdleCores.NONE) {
          free.await();
        } else {
          free.await(LOOK_MILLIS, TimeUnit.MILLISECONDS);
        }
      }
      computing++;
      return new Ticket();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Whether the cores sat idle enough over the last window for one more run, at most one such run
   * per window (the counters must show what the last one did first).
   */
  private boolean idleCore() {
    long nanos = System.nanoTime();
    // Many runs may wait at once: one reading per half look serves them all.
    if (!readings.isEmpty() && nanos - readings.peekLast().nanos() < TimeUnit.MILLISECONDS.toNanos(LOOK_MILLIS) / 2) {
      return false;
    }
    // After a while with no run waiting, old readings would average over seconds, not the window.
    if (!readings.isEmpty() && nanos - readings.peekLast().nanos() > 2 * WINDOW_NANOS) {
      readings.clear();
    }
    Optional<IdleCores.Reading> now = idle.read();
    if (now.isEmpty()) {
      return false;
    }
    readings.addLast(new Timed(nanos, now.get()));
    // Keep the newest reading a whole window old, and those after it.
    while (readings.size() > 1 && nanos - readings.stream().skip(1).findFirst().get().nanos() >= WINDOW_NANOS) {
      readings.removeFirst();
    }
    Timed oldest = readings.peekFirst();
    if (nanos - oldest.nanos() < WINDOW_NANOS || nanos - extraNanos < WINDOW_NANOS
        || now.get().idleSince(oldest.reading()) < IDLE_TO_ADMIT) {
      return false;
    }
    extraNanos = nanos;
    return true;
  }

  /** How many admitted runs compute now (for tests). */
  int computing() {
    lock.lock();
    try {
      return computing;
    } finally {
      lock.unlock();
    }
  }

  /** One admitted run's hold on a core. */
  final class Ticket {
    private boolean holding = true;

    /** Whether the run computes (true) or only sleeps and waits (false); called as that changes. */
    void computing(boolean now) {
      lock.lock();
      try {
        if (now && !holding) {
          holding = true;
          computing++;
        } else if (!now && holding) {
          holding = false;
          computing--;
          free.signalAll();
        }
      } finally {
        lock.unlock();
      }
    }

    /** The run has ended. */
    void leave() {
      computing(false);
    }
  }
}

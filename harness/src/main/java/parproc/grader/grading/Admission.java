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
 * admitted whenever the cores were measurably idle since the last admission, so that the machine
 * stays busy; other work on the machine counts as busy, so this never adds load to a loaded one.
 */
final class Admission {

  /** The shortest stretch over which idleness is judged: several of the kernel's 10 ms ticks per core. */
  static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(60);

  /** Idleness measured longer ago than this no longer counts. */
  static final long FORGET_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  /** Idle cores, on average over the window, that admit one more run. */
  static final double IDLE_TO_ADMIT = 0.75;

  /** How often a waiting run looks at the machine's idleness. */
  static final long LOOK_MILLIS = 20;

  private final int cores;
  private final IdleCores idle;
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Condition free = lock.newCondition();
  private int computing;
  private IdleCores.Reading since;
  private long sinceNanos;

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
      // The new run's work is not in the counters yet: idleness counts from here on.
      since = null;
      idleCore();
      return new Ticket();
    } finally {
      lock.unlock();
    }
  }

  /** Whether the cores sat idle enough since the last admission (or the last while) for one more run. */
  private boolean idleCore() {
    Optional<IdleCores.Reading> now = idle.read();
    if (now.isEmpty()) {
      return false;
    }
    long nanos = System.nanoTime();
    if (since == null || nanos - sinceNanos >= FORGET_NANOS) {
      since = now.get();
      sinceNanos = nanos;
      return false;
    }
    return nanos - sinceNanos >= WINDOW_NANOS && now.get().idleSince(since) >= IDLE_TO_ADMIT;
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

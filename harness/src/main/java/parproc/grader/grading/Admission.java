package parproc.grader.grading;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Admits runs by CPU rather than by slot: a run holds one of the grader's cores while it
 * computes and gives it back while every one of its processes sleeps or waits, so that another
 * run can start on it. A run that wakes takes its core back at once (nothing is preempted); the
 * grader's cap on runs at once bounds memory.
 */
final class Admission {

  private final int cores;
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Condition free = lock.newCondition();
  private int computing;

  Admission(int cores) {
    this.cores = cores;
  }

  /** Waits for a core that no run computes on, and takes it for a new run. */
  Ticket enter() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (computing >= cores) {
        free.await();
      }
      computing++;
      return new Ticket();
    } finally {
      lock.unlock();
    }
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

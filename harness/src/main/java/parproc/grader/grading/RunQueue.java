package parproc.grader.grading;

import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The grader's run threads and their queue: tasks of a lower rank go first, tasks of one rank in
 * the order they came.
 */
final class RunQueue {

  /** The rank of runs that should start before the rest (programs that sleep). */
  static final int FIRST = 0;

  /** The rank of everything else. */
  static final int IN_ORDER = 1;

  private final ThreadPoolExecutor threads;
  private final AtomicLong arrivals = new AtomicLong();

  RunQueue(int size, ThreadFactory factory) {
    this.threads = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), factory);
  }

  /** Queues tasks with {@code rank}. */
  Executor at(int rank) {
    return task -> threads.execute(new Ranked(rank, arrivals.incrementAndGet(), task));
  }

  /** Stops the threads: queued tasks never run, running ones are interrupted. */
  void stop() {
    threads.shutdownNow();
  }

  private record Ranked(int rank, long arrival, Runnable task) implements Runnable, Comparable<Ranked> {
    @Override
    public void run() {
      task.run();
    }

    @Override
    public int compareTo(Ranked other) {
      return rank != other.rank ? Integer.compare(rank, other.rank) : Long.compare(arrival, other.arrival);
    }
  }
}

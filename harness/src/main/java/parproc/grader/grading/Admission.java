package parproc.grader.grading;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import parproc.grader.HarnessException;

/**
 * Admits runs by CPU rather than by slot: a run holds one of the grader's cores while it
 * computes and gives it back while every one of its processes sleeps or waits, so that another
 * run can start on it. A run that wakes takes its core back at once (nothing is preempted); the
 * cap on runs under way bounds memory.
 *
 * <p>Waiting runs hold no thread: each waits in the queue of its {@link Rank}, in the order it
 * came, and gets a thread once it is admitted. So the rank decides which run starts next, whatever
 * the order the gradings planned their runs in. Sleepers hold places under the cap rather than
 * cores, so while other runs wait they take at most the places the computing runs leave (the cap
 * less the width, or half the cap where that is more): a class's worth of sleepers cannot fill
 * the cap while the cores idle.
 *
 * <p>How many runs may compute at once (the width) is fixed when the admission opens; see
 * {@link Grader#COMPUTING_PER_CORE} for the default and its figure.
 */
final class Admission implements AutoCloseable {

  /** Which waiting runs are admitted first. */
  enum Rank {
    /** Runs of programs that sleep: they hold a core little and for long, so they start first. */
    SLEEPERS,
    /** Every other run, and other work that computes (re-judging a recording). */
    OTHERS
  }

  private final int width;
  private final int cap;
  private final ThreadPoolExecutor threads;
  private final EnumMap<Rank, ArrayDeque<Waiting<?>>> waiting = new EnumMap<>(Rank.class);
  private int waitingCount;
  /** Runs of sleepers under way, and how many may be while others wait. */
  private int sleepersUnderway;
  private final int sleeperRoom;
  private int computing;
  private int underway;
  private boolean closed;

  /** Admits {@code width} computing runs at once, with no cap beyond that. */
  Admission(int width) {
    this(width, Integer.MAX_VALUE, "parproc-run-");
  }

  /**
   * Admits {@code width} computing runs at once; at most {@code cap} runs are under way at once,
   * each on a thread named {@code threadPrefix} and a number.
   */
  Admission(int width, int cap, String threadPrefix) {
    this.width = width;
    this.cap = cap;
    // Sleepers hold places, not cores: a class's worth must not fill every place while cores idle.
    this.sleeperRoom = Math.max(1, Math.max(cap - width, cap / 2));
    for (Rank rank : Rank.values()) {
      waiting.put(rank, new ArrayDeque<>());
    }
    // A run admitted starts at once on a thread of its own, never queued behind runs that have
    // given back their place and are still judging: one thread per run under way, plus those.
    this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
        daemons(threadPrefix));
  }

  /**
   * Queues a run with {@code rank}; once admitted, {@code run} is called on a thread of its own
   * with the run's hold on a core, which it gives back when it returns. The future fails with a
   * {@link HarnessException} if the admission closes before the run starts.
   */
  <T> CompletableFuture<T> admit(Rank rank, Function<Ticket, T> run) {
    Waiting<T> entry = new Waiting<>(rank, run, new CompletableFuture<>());
    synchronized (this) {
      if (closed) {
        entry.result().completeExceptionally(stopped());
        return entry.result();
      }
      waiting.get(rank).addLast(entry);
      waitingCount++;
      dispatch();
    }
    return entry.result();
  }

  /** Admits waiting runs while the width and the cap allow. */
  private synchronized void dispatch() {
    if (closed) {
      return;
    }
    while (waitingCount > 0 && underway < cap && computing < width) {
      Waiting<?> next = next();
      waitingCount--;
      computing++;
      underway++;
      if (next.rank() == Rank.SLEEPERS) {
        sleepersUnderway++;
      }
      Ticket ticket = new Ticket(next.rank());
      try {
        threads.execute(() -> next.start(ticket));
      } catch (RuntimeException | Error e) {
        // Not started (closed, or no thread could be made): its place goes back, its caller hears.
        ticket.leave();
        failOutsideLock(next.result(), e instanceof RejectedExecutionException ? stopped() : e);
      }
    }
  }

  /**
   * The next run to admit: the first of the lowest rank, except a sleeper while sleepers fill
   * their room under the cap and other runs wait.
   */
  private Waiting<?> next() {
    boolean othersWait = !waiting.get(Rank.OTHERS).isEmpty();
    for (Rank rank : Rank.values()) {
      ArrayDeque<Waiting<?>> queue = waiting.get(rank);
      if (!queue.isEmpty() && !(rank == Rank.SLEEPERS && sleepersUnderway >= sleeperRoom && othersWait)) {
        return queue.pollFirst();
      }
    }
    throw new IllegalStateException("no run waits");
  }

  /** How many admitted runs compute now (for tests). */
  synchronized int computing() {
    return computing;
  }

  /** How many runs are under way now, computing or not (for tests). */
  synchronized int underway() {
    return underway;
  }

  /**
   * Admits no more runs: those still waiting fail with a {@link HarnessException}, and the
   * threads of those under way are interrupted.
   */
  @Override
  public void close() {
    List<Waiting<?>> dropped;
    synchronized (this) {
      closed = true;
      dropped = waiting.values().stream().flatMap(ArrayDeque::stream).toList();
      waiting.values().forEach(ArrayDeque::clear);
      waitingCount = 0;
    }
    dropped.forEach(entry -> entry.result().completeExceptionally(stopped()));
    // Runs under way are interrupted; each still completes its future as it returns.
    threads.shutdownNow();
  }

  /** Fails a run's future on another thread: its callers' follow-ups must not run under this lock. */
  private static void failOutsideLock(CompletableFuture<?> result, Throwable error) {
    try {
      ForkJoinPool.commonPool().execute(() -> result.completeExceptionally(error));
    } catch (RuntimeException e) {
      result.completeExceptionally(error);
    }
  }

  private static HarnessException stopped() {
    return new HarnessException("the grading was stopped");
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A run waiting for a core, in the order it is admitted in. */
  private record Waiting<T>(Rank rank, Function<Ticket, T> run, CompletableFuture<T> result) {

    void start(Ticket ticket) {
      T made = null;
      Throwable failed = null;
      try {
        made = run.apply(ticket);
      } catch (RuntimeException | Error e) {
        failed = e;
      } finally {
        try {
          ticket.leave();
        } finally {
          if (failed != null) {
            result.completeExceptionally(failed);
          } else {
            result.complete(made);
          }
        }
      }
    }
  }

  /** One admitted run's hold on a core. */
  final class Ticket {
    private final Rank rank;
    private boolean holding = true;
    private boolean left;

    private Ticket(Rank rank) {
      this.rank = rank;
    }

    /** Whether the run computes (true) or only sleeps and waits (false); called as that changes. */
    void computing(boolean now) {
      synchronized (Admission.this) {
        if (left) {
          return;
        }
        if (now && !holding) {
          holding = true;
          computing++;
        } else if (!now && holding) {
          holding = false;
          computing--;
          dispatch();
        }
      }
    }

    /** The run has ended: its core, and its place under the cap, go to the next. */
    void leave() {
      synchronized (Admission.this) {
        if (left) {
          return;
        }
        left = true;
        underway--;
        if (rank == Rank.SLEEPERS) {
          sleepersUnderway--;
        }
        if (holding) {
          holding = false;
          computing--;
        }
        dispatch();
      }
    }
  }
}

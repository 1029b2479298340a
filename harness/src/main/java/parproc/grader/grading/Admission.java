package parproc.grader.grading;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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
 * less the widest admission, or half the cap where that is more): a class's worth of sleepers
 * cannot fill the cap while the cores idle.
 *
 * <p>Runs that count as computing do not always fill their core: the probe pauses after writes,
 * children start, output is read. Where the machine's CPU counters can be read, the number of runs
 * allowed to compute at once widens by one whenever the cores were measurably idle over the last
 * {@link #WINDOW_NANOS} while runs waited, and narrows by one, never below the cores, whenever
 * they were not: at most one step per window, so that each step's effect shows before the next.
 * After two windows in which no run waited, the width is stale and falls back to the cores. Other
 * work on the machine counts as busy, so this never adds load to a loaded one.
 */
final class Admission implements AutoCloseable {

  /** Which waiting runs are admitted first. */
  enum Rank {
    /** Runs looking for a smaller failing input: one at a time, each after the last. */
    SHRINKING,
    /** Runs of programs that sleep: they hold a core little and for long, so they start first. */
    SLEEPERS,
    /** Every other run, and other work that computes (re-judging a recording). */
    OTHERS
  }

  /** The stretch over which idleness is judged: four of the kernel's 10 ms ticks per core. */
  static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

  /**
   * Idle cores, on average over the window, that widen the admission by one run: a little more
   * than one idle tick of the window; less narrows it. Measured on 2 cores with the admission
   * before the width (one extra run per idle window), 0.15 graded 20 runs of each reference
   * solution about 5% faster than 0.4, with the same CPU time.
   */
  static final double IDLE_TO_ADMIT = 0.15;

  /** The widest admission, per core: how many runs may count as computing at once. */
  static final int WIDEST_PER_CORE = 4;

  /**
   * How often the machine's idleness is looked at while runs wait and every core is taken: twice
   * a window. Each look wakes a thread, which on the 2-core virtual machine cost about 0.2 ms
   * of CPU; runs that end or sleep make the admission look in between.
   */
  static final long LOOK_MILLIS = 20;

  private final int cores;
  private final int cap;
  private final IdleCores idle;
  private final ThreadPoolExecutor threads;
  private final ScheduledExecutorService looks;
  private final EnumMap<Rank, ArrayDeque<Waiting<?>>> waiting = new EnumMap<>(Rank.class);
  private int waitingCount;
  /** Runs of sleepers under way, and how many may be while others wait. */
  private int sleepersUnderway;
  private final int sleeperRoom;
  private int computing;
  /** How many runs may compute at once: the cores, or more while they sit idle all the same. */
  private int width;
  private final int widest;
  private int underway;
  private boolean lookPlanned;
  private boolean closed;
  /** Recent readings of the counters, oldest first, with when they were read. */
  private final ArrayDeque<Timed> readings = new ArrayDeque<>();
  /** When the width last changed: the next change waits until the window shows this one's effect. */
  private long changedNanos = Long.MIN_VALUE / 2;

  private record Timed(long nanos, IdleCores.Reading reading) {}

  /** Admits by the count of computing runs alone, with no cap beyond the cores' own. */
  Admission(int cores) {
    this(cores, Integer.MAX_VALUE, IdleCores.NONE, "parproc-run-");
  }

  /**
   * Admits by the count of computing runs, and beyond it while {@code idle} shows idle cores;
   * at most {@code cap} runs are under way at once, each on a thread named {@code threadPrefix}
   * and a number.
   */
  Admission(int cores, int cap, IdleCores idle, String threadPrefix) {
    this.cores = cores;
    this.width = cores;
    // Runs that stall their core (starting processes, pausing in the probe) leave a few idle at most.
    this.widest = WIDEST_PER_CORE * cores;
    this.cap = cap;
    // Sleepers hold places, not cores: a class's worth must not fill every place while cores idle.
    this.sleeperRoom = Math.max(1, Math.max(cap - widest, cap / 2));
    for (Rank rank : Rank.values()) {
      waiting.put(rank, new ArrayDeque<>());
    }
    this.idle = idle;
    // A run admitted starts at once on a thread of its own, never queued behind runs that have
    // given back their place and are still judging: one thread per run under way, plus those.
    this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
        daemons(threadPrefix));
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemons(threadPrefix + "look-"));
    timer.setRemoveOnCancelPolicy(true);
    this.looks = timer;
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
    // No run waited on busy cores for two windows: what the width learnt is stale, and runs that
    // come after such a lull start on the cores alone until the counters say more.
    long now = System.nanoTime();
    if (width > cores && (readings.isEmpty() || now - readings.peekLast().nanos() > 2 * WINDOW_NANOS)) {
      width = cores;
      readings.clear();
    }
    if (waitingCount > 0 && underway < cap && computing >= width) {
      judgeWidth();
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
    // Runs still wait on busy cores: look again shortly, since nothing else may happen until then.
    if (waitingCount > 0 && underway < cap && idle != IdleCores.NONE && !lookPlanned) {
      lookPlanned = true;
      looks.schedule(this::look, LOOK_MILLIS, TimeUnit.MILLISECONDS);
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

  private synchronized void look() {
    lookPlanned = false;
    dispatch();
  }

  /**
   * Widens the admission by one run when the cores sat idle over the last window while runs
   * waited, and narrows it by one, down to the cores, when they did not.
   */
  private void judgeWidth() {
    long nanos = System.nanoTime();
    // Runs end and sleep many times a second: one reading per half look serves them all.
    long halfLook = TimeUnit.MILLISECONDS.toNanos(LOOK_MILLIS) / 2;
    if (!readings.isEmpty() && nanos - readings.peekLast().nanos() < halfLook) {
      return;
    }
    // After a while with no run waiting, old readings would average over seconds, not the window.
    if (!readings.isEmpty() && nanos - readings.peekLast().nanos() > 2 * WINDOW_NANOS) {
      readings.clear();
    }
    Optional<IdleCores.Reading> now = idle.read();
    if (now.isEmpty()) {
      return;
    }
    readings.addLast(new Timed(nanos, now.get()));
    // Keep the newest reading a whole window old, and those after it.
    while (readings.size() > 1 && nanos - readings.stream().skip(1).findFirst().get().nanos() >= WINDOW_NANOS) {
      readings.removeFirst();
    }
    Timed oldest = readings.peekFirst();
    if (nanos - oldest.nanos() < WINDOW_NANOS || nanos - changedNanos < WINDOW_NANOS) {
      return;
    }
    boolean idleCores = now.get().idleSince(oldest.reading()) >= IDLE_TO_ADMIT;
    if (idleCores && width < widest) {
      width++;
      changedNanos = nanos;
    } else if (!idleCores && width > cores) {
      width--;
      changedNanos = nanos;
    }
  }

  /** How many runs may compute at once now (for tests). */
  synchronized int width() {
    return width;
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
    looks.shutdownNow();
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

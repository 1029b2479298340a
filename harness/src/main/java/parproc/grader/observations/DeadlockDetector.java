package parproc.grader.observations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parproc.grader.os.RunProcesses;

/**
 * Decides, from the trace of a live run and its real processes, whether the run can never end:
 * every live process is blocked, without a time limit, on something only another blocked process
 * could provide (a get on an empty queue, a join on a blocked child, an acquire of a lock that
 * only blocked processes could release). Anything it cannot account for (a thread, a process the
 * probe did not trace, a manager, a wait with a timeout, a signal handler, a pending signal, an
 * unknown record) gives no verdict: the time limit then decides, as it would without this.
 *
 * <p>Where the table is not the kernel's ({@link RunProcesses#kernel()} false: the portable mode,
 * which lists processes through the JDK alone), the probe's wait records are taken as they are:
 * every live process's last record is a wait without a timeout, and no process could end it. What
 * only the kernel shows is then given up rather than guessed: the graded process waiting for its
 * children past its entry function is no verdict, and a signal handler of the program's own (its
 * {@code os-call} record) leaves any verdict to the time limit.
 */
public final class DeadlockDetector {

  /**
   * Signals caught without the program asking, as a SigCgt mask: Python's SIGINT (signal 2), and
   * the two that glibc keeps for its threads, 32 and 33, which Python cannot give a handler.
   */
  public static final long DEFAULT_CAUGHT = 1L << 1 | 1L << 31 | 1L << 32;

  private DeadlockDetector() {}

  /** What one blocked process waits for, as the trace says it. */
  public sealed interface Wait {
    long pid();
  }

  /** Waiting in q.get() on {@code queue}, made at {@code site} (null when unknown). */
  public record InGet(long pid, String queue, TraceEvent.Site site) implements Wait {}

  /** Waiting in join() for {@code child}. */
  public record InJoin(long pid, long child, String name) implements Wait {}

  /** Waiting in acquire() for {@code lock}, made at {@code site}, held by {@code holder} (0: none known). */
  public record InAcquire(long pid, String lock, TraceEvent.Site site, long holder) implements Wait {}

  /** The graded process is past its entry function, waiting for its children to end. */
  public record AtExit(long pid, boolean raised) implements Wait {}

  /** A deadlock: every live process and what it waits for. */
  public record Deadlock(List<Wait> waits) {
    public Deadlock {
      waits = List.copyOf(waits);
    }
  }

  /**
   * The deadlock of this moment of a live run, if there is one for sure.
   *
   * @param events the trace so far (complete records only)
   * @param root the graded process's pid
   * @param table the run's processes, read after the trace
   */
  public static Optional<Deadlock> detect(List<TraceEvent> events, long root, RunProcesses table) {
    Facts facts = new Facts(events, root);
    if (facts.unsure) {
      return Optional.empty();
    }
    if (!table.kernel()) {
      if (facts.signalHandler) {
        return Optional.empty();
      }
      table = withoutEnded(table, facts);
    }
    List<RunProcesses.Proc> live = table.liveProcesses();
    if (live.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, Wait> waits = new LinkedHashMap<>();
    for (RunProcesses.Proc proc : live) {
      if (!facts.traced.contains(proc.pid())) {
        return Optional.empty();
      }
      if (table.kernel() && (proc.signalPending() || (proc.caughtSignals() & ~DEFAULT_CAUGHT) != 0
          || proc.state() == 'T' || proc.state() == 't')) {
        return Optional.empty();
      }
      Wait wait = facts.waitOf(proc, table);
      if (wait == null) {
        return Optional.empty();
      }
      waits.put(proc.pid(), wait);
    }
    // Every live process waits for ever; each must wait only on the others.
    for (Wait wait : waits.values()) {
      if (facts.canProceed(wait, waits.keySet(), table)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Deadlock(new ArrayList<>(waits.values())));
  }

  /**
   * The table without the children whose last record is their end: without the kernel's view a
   * child that ended but was not collected yet (a zombie) looks alive, and all it can still do is
   * exit (a fork child calls os._exit; a spawned one runs interpreter exit handlers, and a program
   * that registered one of its own keeps it in the table).
   */
  private static RunProcesses withoutEnded(RunProcesses table, Facts facts) {
    if (facts.exitHandler) {
      return table;
    }
    return RunProcesses.seenByTheJdk(table.processes().values().stream()
        .filter(proc -> !(facts.last.get(proc.pid()) instanceof TraceEvent.ChildExited)).toList());
  }

  /** The waits still open at the end of a trace, by process: what a stopped run was doing. */
  public static List<Wait> openWaits(List<TraceEvent> events, long root) {
    Facts facts = new Facts(events, root);
    List<Wait> waits = new ArrayList<>();
    for (Map.Entry<Long, TraceEvent> last : facts.last.entrySet()) {
      if (last.getValue() instanceof TraceEvent.Waiting waiting) {
        Wait wait = facts.waitOf(waiting);
        if (wait != null) {
          waits.add(wait);
        }
      } else if (last.getKey() == root && facts.rootFinished) {
        waits.add(new AtExit(root, facts.rootRaised));
      }
    }
    return waits;
  }

  /** What the trace tells about processes, queues and locks. */
  private static final class Facts {
    final long root;
    final Set<Long> traced = new LinkedHashSet<>();
    final Map<Long, TraceEvent> last = new LinkedHashMap<>();
    final Map<String, TraceEvent.QueueCreated> queues = new HashMap<>();
    final Map<String, TraceEvent.LockCreated> locks = new HashMap<>();
    final Map<String, Set<Long>> holders = new HashMap<>();
    final Map<String, Integer> pending = new HashMap<>();
    final Map<String, Long> lockHolder = new HashMap<>();
    boolean rootFinished;
    boolean rootRaised;
    boolean unsure;
    boolean signalHandler;
    boolean exitHandler;

    Facts(List<TraceEvent> events, long root) {
      this.root = root;
      traced.add(root);
      for (TraceEvent event : events) {
        last.put(event.pid(), event);
        read(event);
      }
    }

    private void read(TraceEvent event) {
      if (event instanceof TraceEvent.ThreadStarted || event instanceof TraceEvent.Other) {
        unsure = true;
      } else if (event instanceof TraceEvent.OsCall call) {
        // A fork outside multiprocessing names a process no start record accounts for, which
        // gives no verdict while it lives; a handler may let a signal end a wait.
        signalHandler |= "signal".equals(call.call());
        exitHandler |= "atexit".equals(call.call());
      } else if (event instanceof TraceEvent.ChildStarted start) {
        traced.add(start.child());
        unsure |= start.internal();
      } else if (event instanceof TraceEvent.ChildBegan began) {
        traced.add(began.pid());
        unsure |= began.internal();
        began.holds().forEach(held -> holders.computeIfAbsent(held, h -> new HashSet<>()).add(began.pid()));
      } else if (event instanceof TraceEvent.QueueCreated queue) {
        queues.put(queue.queue(), queue);
        holders.computeIfAbsent(queue.queue(), h -> new HashSet<>()).add(queue.pid());
      } else if (event instanceof TraceEvent.LockCreated lock) {
        locks.put(lock.lock(), lock);
        holders.computeIfAbsent(lock.lock(), h -> new HashSet<>()).add(lock.pid());
      } else if (event instanceof TraceEvent.QueuePut put) {
        pending.merge(put.queue(), 1, Integer::sum);
      } else if (event instanceof TraceEvent.QueuePutFailed failed) {
        pending.merge(failed.queue(), -1, Integer::sum);
      } else if (event instanceof TraceEvent.QueueGet get) {
        pending.merge(get.queue(), -1, Integer::sum);
      } else if (event instanceof TraceEvent.LockAcquired acquired) {
        lockHolder.put(acquired.lock(), acquired.pid());
      } else if (event instanceof TraceEvent.LockReleased released) {
        lockHolder.remove(released.lock());
      } else if (event instanceof TraceEvent.EntryReturned || event instanceof TraceEvent.EntryMissing) {
        rootFinished |= event.pid() == root;
      } else if (event instanceof TraceEvent.ExceptionRaised raised && raised.pid() == root
          && !"child".equals(raised.where()) && !"direct-run".equals(raised.where())) {
        rootFinished = true;
        rootRaised = true;
      }
    }

    /** What a live process waits for ever on, or null when it may be doing anything else. */
    Wait waitOf(RunProcesses.Proc proc, RunProcesses table) {
      TraceEvent event = last.get(proc.pid());
      if (event instanceof TraceEvent.Waiting waiting) {
        // The kernel must agree that it sleeps: a process that is running or runnable has left
        // its wait, even if the record saying so was lost (a full disk drops trace records).
        // Without the kernel's view the record alone says so, confirmed by the watch's stable looks.
        boolean asleep = !table.kernel() || proc.state() == 'S';
        return asleep && waiting.block() && waiting.timeout() == null ? waitOf(waiting) : null;
      }
      if (proc.pid() == root && rootFinished && table.kernel()) {
        // Past the entry function the graded process only ends its children: in wait4, with no
        // child already ended (a zombie it might be the one to collect), it waits for one of them.
        boolean zombieChild = table.processes().values().stream()
            .anyMatch(p -> p.ppid() == root && !p.live());
        return "do_wait".equals(proc.wchan()) && proc.state() == 'S' && !zombieChild ? new AtExit(root, rootRaised) : null;
      }
      return null;
    }

    Wait waitOf(TraceEvent.Waiting waiting) {
      String on = waiting.on() == null ? "" : waiting.on();
      if (on.equals("get")) {
        TraceEvent.QueueCreated queue = waiting.queue() == null ? null : queues.get(waiting.queue());
        return queue == null ? null : new InGet(waiting.pid(), waiting.queue(), queue.site());
      }
      if (on.equals("join")) {
        return waiting.child() > 0 ? new InJoin(waiting.pid(), waiting.child(), waiting.name()) : null;
      }
      if (on.equals("acquire")) {
        TraceEvent.LockCreated lock = waiting.lock() == null ? null : locks.get(waiting.lock());
        // Only a plain Lock: a semaphore's count, an RLock's owner and a condition's waits are not traced.
        return lock == null || !"Lock".equals(lock.kind()) ? null
            : new InAcquire(waiting.pid(), waiting.lock(), lock.site(), lockHolder.getOrDefault(waiting.lock(), 0L));
      }
      return null;
    }

    /** Whether something outside {@code blocked} (or already there) could end this wait. */
    boolean canProceed(Wait wait, Set<Long> blocked, RunProcesses table) {
      if (wait instanceof InGet get) {
        return pending.getOrDefault(get.queue(), 0) > 0
            || anyFree(holders.getOrDefault(get.queue(), Set.of()), blocked, table);
      }
      if (wait instanceof InJoin join) {
        return !table.live(join.child()) || !blocked.contains(join.child());
      }
      if (wait instanceof InAcquire acquire) {
        return !lockHolder.containsKey(acquire.lock())
            || anyFree(holders.getOrDefault(acquire.lock(), Set.of()), blocked, table);
      }
      // At exit it waits for a child to end: with none alive its wait cannot block, and any
      // child still free to end lets it go on.
      List<RunProcesses.Proc> others = table.liveProcesses().stream().filter(p -> p.pid() != root).toList();
      return others.isEmpty() || others.stream().anyMatch(p -> !blocked.contains(p.pid()));
    }

    private static boolean anyFree(Set<Long> holders, Set<Long> blocked, RunProcesses table) {
      return holders.stream().anyMatch(pid -> table.live(pid) && !blocked.contains(pid));
    }
  }
}

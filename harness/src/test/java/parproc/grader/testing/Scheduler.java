package parproc.grader.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import parproc.grader.runs.RawRun;

/**
 * Runs a model program under one schedule and records what the probe would have seen. At each
 * step a choice picks one of the processes that can move (a lock is free, the queue has a value,
 * the joined child has ended); the choices are the schedule, so a failing schedule can be
 * replayed and shrunk.
 */
public final class Scheduler {

  private Scheduler() {}

  /** What a live run looks like after one step: its trace so far and its processes. */
  public interface StepObserver {
    /**
     * @param waiting the live processes blocked in a get, join or acquire they have announced
     * @param live the processes started and not ended (the parent stays live until every child ends)
     * @param rootDone whether the parent has returned from its entry function
     */
    void step(ScriptedRun run, Set<Long> waiting, Set<Long> live, boolean rootDone);
  }

  /** @param choice the choice at each step, given the step number; taken modulo the runnable count */
  public static RawRun run(ModelProgram program, String exercise, IntUnaryOperator choice) {
    return run(program, exercise, choice, null);
  }

  /**
   * As {@link #run(ModelProgram, String, IntUnaryOperator)}, tracing what the probe traces of
   * waits when {@code observer} is given: queue creation, the locks and queues each child holds,
   * and each get, join and acquire as a wait that begins (one step) and ends (a later step); the
   * observer sees every state in between.
   */
  public static RawRun run(ModelProgram program, String exercise, IntUnaryOperator choice, StepObserver observer) {
    List<ModelProgram.Process> processes = program.processes();
    int[] next = new int[processes.size()];
    boolean[] started = new boolean[processes.size()];
    boolean[] ended = new boolean[processes.size()];
    Map<String, Integer> holders = new HashMap<>();
    Map<String, Deque<Object>> queues = new HashMap<>();
    started[0] = true;
    ScriptedRun run = ScriptedRun.root(ModelProgram.pid(0)).input(program.input(), program.stdin());
    boolean traceWaits = observer != null;
    boolean[] announced = new boolean[processes.size()];
    Set<String> made = new TreeSet<>();
    Set<String> locksMade = new TreeSet<>();
    if (traceWaits) {
      for (ModelProgram.Process process : processes) {
        for (ModelProgram.Action action : process.actions()) {
          String queue = action instanceof ModelProgram.Put put ? put.queue()
              : action instanceof ModelProgram.Get get ? get.queue() : null;
          if (queue != null && made.add(queue)) {
            run.queueCreated(ModelProgram.pid(0), queue);
          }
        }
      }
    }
    for (int step = 0; ; step++) {
      if (traceWaits) {
        Set<Long> waiting = new TreeSet<>();
        Set<Long> live = new TreeSet<>();
        for (int p = 0; p < processes.size(); p++) {
          if (started[p] && (!ended[p] || p == 0 && !allEnded(started, ended))) {
            live.add(ModelProgram.pid(p));
            if (!ended[p] && announced[p]) {
              waiting.add(ModelProgram.pid(p));
            }
          }
        }
        observer.step(run, waiting, live, ended[0]);
      }
      List<Integer> runnable = new ArrayList<>();
      for (int p = 0; p < processes.size(); p++) {
        if (started[p] && !ended[p] && (traceWaits && blocking(processes.get(p).actions().get(next[p])) && !announced[p]
            || enabled(processes.get(p).actions().get(next[p]), holders, queues, ended))) {
          runnable.add(p);
        }
      }
      if (runnable.isEmpty()) {
        for (int p = 0; p < processes.size(); p++) {
          if (started[p] && !ended[p]) {
            throw new IllegalStateException("the model deadlocks: process " + p + " cannot move");
          }
        }
        return run.build(exercise);
      }
      int p = runnable.get(Math.floorMod(choice.applyAsInt(step), runnable.size()));
      long pid = ModelProgram.pid(p);
      ModelProgram.Action upcoming = processes.get(p).actions().get(next[p]);
      if (traceWaits && blocking(upcoming) && !announced[p]) {
        announced[p] = true;
        if (upcoming instanceof ModelProgram.Get get) {
          run.waitingOn(pid, "get", get.queue(), null);
        } else if (upcoming instanceof ModelProgram.Join join) {
          run.waitingOn(pid, "join", ModelProgram.pid(join.child()), null);
        } else if (upcoming instanceof ModelProgram.Acquire acquire) {
          run.waitingOn(pid, "acquire", acquire.lock(), null);
        }
        continue;
      }
      announced[p] = false;
      ModelProgram.Action action = processes.get(p).actions().get(next[p]++);
      if (action instanceof ModelProgram.Write write) {
        run.write(pid, write.text());
      } else if (action instanceof ModelProgram.CreateLock create) {
        run.lockCreated(pid, create.lock());
        locksMade.add(create.lock());
      } else if (action instanceof ModelProgram.Acquire acquire) {
        holders.put(acquire.lock(), p);
        run.acquire(pid, acquire.lock());
        if (traceWaits) {
          run.waited(pid, "acquire", acquire.lock(), "acquired");
        }
      } else if (action instanceof ModelProgram.Release release) {
        holders.remove(release.lock());
        run.release(pid, release.lock());
      } else if (action instanceof ModelProgram.Put put) {
        run.put(pid, put.queue(), put.value());
        queues.computeIfAbsent(put.queue(), q -> new ArrayDeque<>()).add(put.value());
      } else if (action instanceof ModelProgram.Get get) {
        run.get(pid, get.queue(), queues.get(get.queue()).poll());
        if (traceWaits) {
          run.waited(pid, "get", get.queue(), "value");
        }
      } else if (action instanceof ModelProgram.Join join) {
        if (traceWaits) {
          run.waited(pid, "join", ModelProgram.pid(join.child()), "ended");
        }
      } else if (action instanceof ModelProgram.Start start) {
        started[start.child()] = true;
        if (traceWaits) {
          // Under fork a child can use every lock and queue made before it started.
          Set<String> holds = new TreeSet<>(made);
          holds.addAll(locksMade);
          run.startHolding(pid, ModelProgram.pid(start.child()), processes.get(start.child()).target(),
              holds.toArray(String[]::new));
        } else {
          run.start(pid, ModelProgram.pid(start.child()), processes.get(start.child()).target());
        }
      } else if (action instanceof ModelProgram.Read) {
        run.read(pid);
      }
      if (next[p] == processes.get(p).actions().size()) {
        ended[p] = true;
        if (p == 0) {
          run.returned();
        } else {
          run.exit(pid, 0);
        }
      }
    }
  }

  private static boolean blocking(ModelProgram.Action action) {
    return action instanceof ModelProgram.Get || action instanceof ModelProgram.Join
        || action instanceof ModelProgram.Acquire;
  }

  private static boolean allEnded(boolean[] started, boolean[] ended) {
    for (int p = 1; p < started.length; p++) {
      if (started[p] && !ended[p]) {
        return false;
      }
    }
    return true;
  }

  private static boolean enabled(ModelProgram.Action action, Map<String, Integer> holders,
      Map<String, Deque<Object>> queues, boolean[] ended) {
    if (action instanceof ModelProgram.Acquire acquire) {
      return !holders.containsKey(acquire.lock());
    }
    if (action instanceof ModelProgram.Get get) {
      Deque<Object> queue = queues.get(get.queue());
      return queue != null && !queue.isEmpty();
    }
    if (action instanceof ModelProgram.Join join) {
      return ended[join.child()];
    }
    return true;
  }
}

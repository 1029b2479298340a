package parproc.grader.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** @param choice the choice at each step, given the step number; taken modulo the runnable count */
  public static RawRun run(ModelProgram program, String exercise, IntUnaryOperator choice) {
    List<ModelProgram.Process> processes = program.processes();
    int[] next = new int[processes.size()];
    boolean[] started = new boolean[processes.size()];
    boolean[] ended = new boolean[processes.size()];
    Map<String, Integer> holders = new HashMap<>();
    Map<String, Deque<Object>> queues = new HashMap<>();
    started[0] = true;
    ScriptedRun run = ScriptedRun.root(ModelProgram.pid(0)).input(program.input(), program.stdin());
    for (int step = 0; ; step++) {
      List<Integer> runnable = new ArrayList<>();
      for (int p = 0; p < processes.size(); p++) {
        if (started[p] && !ended[p] && enabled(processes.get(p).actions().get(next[p]), holders, queues, ended)) {
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
      ModelProgram.Action action = processes.get(p).actions().get(next[p]++);
      if (action instanceof ModelProgram.Write write) {
        run.write(pid, write.text());
      } else if (action instanceof ModelProgram.CreateLock create) {
        run.lockCreated(pid, create.lock());
      } else if (action instanceof ModelProgram.Acquire acquire) {
        holders.put(acquire.lock(), p);
        run.acquire(pid, acquire.lock());
      } else if (action instanceof ModelProgram.Release release) {
        holders.remove(release.lock());
        run.release(pid, release.lock());
      } else if (action instanceof ModelProgram.Put put) {
        run.put(pid, put.queue(), put.value());
        queues.computeIfAbsent(put.queue(), q -> new ArrayDeque<>()).add(put.value());
      } else if (action instanceof ModelProgram.Get get) {
        run.get(pid, get.queue(), queues.get(get.queue()).poll());
      } else if (action instanceof ModelProgram.Start start) {
        started[start.child()] = true;
        run.start(pid, ModelProgram.pid(start.child()), processes.get(start.child()).target());
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

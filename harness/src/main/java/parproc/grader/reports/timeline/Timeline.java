package parproc.grader.reports.timeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import parproc.grader.observations.EvidenceGap;
import parproc.grader.observations.Observation;
import parproc.grader.observations.Trace;
import parproc.grader.observations.TraceEvent;
import parproc.grader.observations.Witness;
import parproc.grader.runs.RawRun;

/**
 * One run laid out for drawing: a lane per process (the parent first, children in start order),
 * and on them the writes, lock holds, waits, sleeps and exceptions, with arrows from each put to
 * the get that took its value and from each child's end to the join that waited for it.
 * Everything is placed by its step, the index of its record in the trace; the {@link Axis}
 * turns a step into a place on the time axis.
 *
 * @param axis where each step drawn is placed: the trace's records, up to {@link #MOST_STEPS}
 * @param recorded how many records the trace has
 * @param readable false when the trace was cut or had unreadable records
 */
public record Timeline(
    RawRun run,
    List<Lane> lanes,
    List<LockInfo> locks,
    List<Write> writes,
    List<Hold> holds,
    List<Wait> waits,
    List<Sleep> sleeps,
    List<Arrow> arrows,
    List<Mark> marks,
    List<Pause> pauses,
    Axis axis,
    int recorded,
    boolean readable) {

  /** Between two records further apart than this, the axis shows only this much, and marks the gap. */
  static final long LONGEST_GAP_MICROS = 20_000;

  /** The most records drawn: a run that wrote more is drawn up to there, and says so. */
  public static final int MOST_STEPS = 2_000;

  /** The shortest time after a write inside a hold that is drawn as a pause. */
  static final long SHORTEST_PAUSE_MICROS = 100;

  /** Microseconds per unit of the axis. */
  static final double MICROS_PER_UNIT = 1_000;

  public Timeline {
    lanes = List.copyOf(lanes);
    locks = List.copyOf(locks);
    writes = List.copyOf(writes);
    holds = List.copyOf(holds);
    waits = List.copyOf(waits);
    sleeps = List.copyOf(sleeps);
    arrows = List.copyOf(arrows);
    marks = List.copyOf(marks);
    pauses = List.copyOf(pauses);
  }

  /**
   * The time axis: where each step is drawn, and when it happened.
   *
   * @param positions for each step, its place on the axis in units: at least one unit after the
   *     step before it, and when the trace has times, one unit per millisecond between records
   * @param times for each step, the microseconds since the run began (never earlier than a step
   *     before it); without times in the trace, one unit's worth per step
   * @param gaps the long pauses the axis compresses, each marked on the drawing
   * @param timed whether the trace had times (else the axis is the causal order alone)
   */
  public record Axis(List<Double> positions, List<Long> times, List<Gap> gaps, boolean timed) {

    public Axis {
      positions = List.copyOf(positions);
      times = List.copyOf(times);
      gaps = List.copyOf(gaps);
    }

    /** How many steps are drawn. */
    public int steps() {
      return positions.size();
    }

    /** A step's place on the axis, in units; past the last step, one unit per step more. */
    public double position(int step) {
      if (positions.isEmpty()) {
        return step;
      }
      if (step < positions.size()) {
        return positions.get(Math.max(0, step));
      }
      return positions.get(positions.size() - 1) + (step - positions.size() + 1);
    }

    /** The axis's length in units. */
    public double length() {
      return position(Math.max(0, steps() - 1)) + 1;
    }

    /** A step's time in microseconds since the run began (never earlier than a step before it). */
    public long time(int step) {
      if (times.isEmpty()) {
        return 0;
      }
      return times.get(Math.min(Math.max(0, step), times.size() - 1));
    }
  }

  /**
   * A process's lane.
   *
   * @param name the process's name ("Process-3", or the name the program gave it)
   * @param target the function it ran (for the parent, the exercise's entry function)
   * @param from the step it began (its first record)
   * @param to the step it ended (its exit record, else its last record)
   * @param exitCode its exit code when it recorded one, else null
   */
  public record Lane(long pid, boolean parent, String name, String target, boolean internal, int from, int to,
      Integer exitCode) {

    public String label() {
      String who = parent ? "parent" : (name == null ? "child" : name);
      return "pid " + pid + " · " + who + (target == null ? "" : " (" + target + ")");
    }
  }

  /**
   * A lock of the run, numbered by its first hold: {@code number} picks its colour and pattern,
   * and names it L1, L2, ... on the drawing.
   *
   * @param site where it was created, described, or null when the trace does not say
   */
  public record LockInfo(String id, int number, String kind, long creator, String site) {
    public String label() {
      return "L" + number;
    }
  }

  /** One write to stdout by process {@code pid}, {@code number} counting from 1 in trace order. */
  public record Write(int step, long pid, int number, String text, List<String> held) {
    public Write {
      held = List.copyOf(held);
    }
  }

  /** Process {@code pid} held {@code lock} from one step to another; {@code open} if never released. */
  public record Hold(long pid, String lock, int from, int to, boolean open) {}

  /**
   * Process {@code pid} waited from one step to another: in {@code get} on a queue, in
   * {@code join} for a child, or in {@code acquire} for a lock.
   *
   * @param on "get", "join" or "acquire"
   * @param what the queue's or lock's id, or the child's name and pid
   * @param result how the wait ended, as the probe says ("value", "ended", "acquired",
   *     "timeout", "error"), or null when the trace does not say
   * @param ended false when the wait never ended in the trace (the run hung or was killed)
   */
  public record Wait(long pid, String on, String what, int from, int to, String result, boolean ended) {}

  /** Process {@code pid} slept from one step to another: {@code seconds} asked, {@code scaled} slept. */
  public record Sleep(long pid, int from, int to, Double seconds, Double scaled, boolean ended) {}

  /**
   * An arrow between lanes: from a put to the get that took its value, or from a child's end to
   * the step where its parent's join returned.
   *
   * @param kind "put-get" or "join"
   * @param order for put-get arrows, the get's number on its queue, from 1
   * @param label what travelled: the value, or the child that ended
   */
  public record Arrow(String kind, long fromPid, int from, long toPid, int to, String queue, int order, String label) {}

  /**
   * A point worth marking: an exception left the student's code, a child was terminated,
   * {@code run()} was called directly, the kernel witness saw a write the probe did not, or the
   * two records contradict each other.
   *
   * @param kind "exception", "terminate", "direct-run", "kernel-write" or "contradiction"
   */
  public record Mark(String kind, long pid, int step, String text) {}

  /**
   * Time a process spent, inside a lock hold, between a write and its next record: with races
   * exposed, the probe's own pause after each write (up to 2 ms by default).
   */
  public record Pause(long pid, int from, int to, long micros) {}

  /** A long pause before {@code step}, shown shorter than it was: {@code micros} is how long it was. */
  public record Gap(int step, long micros) {}

  /**
   * Lays out an observed run; an unreadable trace gives whatever could be read. Where the kernel
   * witness recorded the run, its processes the probe never saw get lanes of their own, its writes
   * to stdout that the probe did not record are marked, and a contradiction between the two
   * records is marked where it happened.
   */
  public static Timeline of(Observation observation) {
    Builder builder = new Builder(observation.run(), observation.trace());
    Timeline probed = builder.build();
    RawRun run = observation.run();
    Optional<EvidenceGap> contradiction = observation.evidenceGap()
        .filter(gap -> gap.kind() == EvidenceGap.Kind.CONTRADICTED);
    if (run.witness() == null && contradiction.isEmpty()) {
      return probed;
    }
    return new KernelSight(probed, observation.trace(), run.witness() == null ? null : Witness.parse(run.witness()))
        .drawn(contradiction.orElse(null));
  }

  /** What the kernel witness adds to a timeline laid out from the probe's record. */
  private record KernelSight(Timeline timeline, Trace trace, Witness witness) {

    /** The step drawn at a moment of the machine's clock: the last record made by then. */
    int stepAt(long micros) {
      long start = trace.root().map(TraceEvent.RootStarted::startMicros).orElse(TraceEvent.NO_TIME);
      int steps = timeline.axis().steps();
      if (steps == 0) {
        return 0;
      }
      if (start == TraceEvent.NO_TIME || micros == TraceEvent.NO_TIME || !timeline.axis().timed()) {
        return steps - 1;
      }
      // The axis's times never go back: the last step whose time is no later, by halves.
      int low = 0;
      int high = steps - 1;
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (timeline.axis().time(middle) <= micros - start) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return low;
    }

    Timeline drawn(EvidenceGap contradiction) {
      List<Lane> lanes = new ArrayList<>(timeline.lanes());
      List<Mark> marks = new ArrayList<>(timeline.marks());
      int last = Math.max(0, timeline.axis().steps() - 1);
      if (witness != null) {
        Set<Long> drawn = new HashSet<>();
        lanes.forEach(lane -> drawn.add(lane.pid()));
        for (Witness.Process process : witness.processes().values()) {
          if (drawn.add(process.pid())) {
            lanes.add(new Lane(process.pid(), false, "seen by the kernel only", null, false,
                stepAt(process.started()), last, process.exit()));
          }
        }
        Set<Long> recorded = new HashSet<>();
        trace.all(TraceEvent.Output.class).forEach(output -> recorded.add(output.pid()));
        witness.descriptor(1).ifPresent(stdout -> {
          for (Witness.Write write : witness.writesTo(stdout)) {
            if (!recorded.contains(write.pid()) && write.bytes() != null) {
              marks.add(new Mark("kernel-write", write.pid(), stepAt(write.ended()), "written to stdout below the"
                  + " probe, seen by the kernel: " + new String(write.bytes(), StandardCharsets.UTF_8).strip()));
            }
          }
        });
      }
      if (contradiction != null) {
        long pid = contradiction.pid() > 0 ? contradiction.pid()
            : lanes.stream().filter(Lane::parent).map(Lane::pid).findFirst().orElse(0L);
        marks.add(new Mark("contradiction", pid, stepAt(contradiction.micros()),
            "the kernel saw otherwise: " + contradiction.detail()));
      }
      Timeline t = timeline;
      return new Timeline(t.run(), lanes, t.locks(), t.writes(), t.holds(), t.waits(), t.sleeps(), t.arrows(), marks,
          t.pauses(), t.axis(), t.recorded(), t.readable());
    }
  }

  /** The lane of a pid, if the run had one. */
  public Lane lane(long pid) {
    return lanes.stream().filter(l -> l.pid() == pid).findFirst().orElse(null);
  }

  /** Builds a timeline from a parsed trace, record by record. */
  private static final class Builder {

    private final RawRun run;
    private final Trace trace;
    /** The records drawn: the trace's first {@link #MOST_STEPS}. */
    private final List<TraceEvent> events;
    private final Map<Long, LaneDraft> lanes = new LinkedHashMap<>();
    private final Map<String, LockInfo> locks = new LinkedHashMap<>();
    private final List<Write> writes = new ArrayList<>();
    private final List<Hold> holds = new ArrayList<>();
    private final List<Wait> waits = new ArrayList<>();
    private final List<Sleep> sleeps = new ArrayList<>();
    private final List<Arrow> arrows = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    /** Open holds by pid and lock: a stack of acquire steps (an RLock may be taken again). */
    private final Map<String, Deque<Integer>> open = new HashMap<>();
    /** Puts not yet taken, by queue, in trace order. */
    private final Map<String, List<TraceEvent.QueuePut>> puts = new HashMap<>();
    private final Map<String, Integer> gets = new HashMap<>();
    /** Waits begun and not yet ended, by pid, kind and what they wait for. */
    private final Map<String, TraceEvent.Waiting> pending = new LinkedHashMap<>();
    /** Sleeps begun and not yet ended, by pid. */
    private final Map<Long, TraceEvent.SleepBegan> sleeping = new HashMap<>();
    private final Map<Long, Integer> exits = new HashMap<>();
    /** Whether the probe records the end of waits: without it, a join ends at the parent's next record. */
    private final boolean endsRecorded;

    private static final class LaneDraft {
      long pid;
      boolean parent;
      String name;
      String target;
      boolean internal;
      int startedAt = Integer.MAX_VALUE;
      int from = Integer.MAX_VALUE;
      int to = -1;
      Integer exitCode;
    }

    Builder(RawRun run, Trace trace) {
      this.run = run;
      this.trace = trace;
      this.events = trace.events().subList(0, Math.min(MOST_STEPS, trace.events().size()));
      this.endsRecorded = trace.all(TraceEvent.WaitEnded.class).findAny().isPresent();
    }

    Timeline build() {
      long root = trace.root().map(TraceEvent.RootStarted::pid).orElse(run.pid());
      LaneDraft parent = lane(root);
      parent.parent = true;
      parent.from = 0;
      parent.target = trace.root().map(TraceEvent.RootStarted::entry).orElse(run.exercise());
      for (TraceEvent event : events) {
        step(event);
      }
      int steps = events.size();
      int last = Math.max(0, steps - 1);
      for (Map.Entry<String, Deque<Integer>> entry : open.entrySet()) {
        String[] key = entry.getKey().split("\u0000", 2);
        for (int from : entry.getValue()) {
          holds.add(new Hold(Long.parseLong(key[0]), key[1], from, last, true));
        }
      }
      for (TraceEvent.Waiting waiting : pending.values()) {
        Integer ended = "join".equals(waiting.on()) ? exits.get(waiting.child()) : null;
        if (ended != null) {
          // The child ended and the trace ended before the parent wrote another record: the
          // join returned at the end.
          waits.add(new Wait(waiting.pid(), "join", what(waiting), waiting.index(), last, null, true));
          arrows.add(new Arrow("join", waiting.child(), ended, waiting.pid(), Math.max(last, ended), null, 0,
              child(waiting) + " ended"));
        } else {
          waits.add(new Wait(waiting.pid(), waiting.on(), what(waiting), waiting.index(), last, null, false));
        }
      }
      sleeping.values().forEach(s -> sleeps.add(new Sleep(s.pid(), s.index(), last, s.seconds(), s.scaled(), false)));
      holds.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Long.compare(a.pid(), b.pid()));
      waits.sort((a, b) -> Integer.compare(a.from(), b.from()));
      sleeps.sort((a, b) -> Integer.compare(a.from(), b.from()));
      Axis axis = axis(steps > 0 && events.stream().allMatch(e -> e.t() != TraceEvent.NO_TIME));
      return new Timeline(run, lanes(root, last), numbered(), writes, holds, waits, sleeps, arrows, marks,
          axis.timed() ? pauses(axis.times()) : List.of(), axis, trace.events().size(), trace.readable());
    }

    /** After each write made holding a lock, the time until the writer's next record, when it is long enough. */
    private List<Pause> pauses(List<Long> times) {
      Map<Long, Integer> next = new HashMap<>();
      int[] following = new int[events.size()];
      for (int i = events.size() - 1; i >= 0; i--) {
        long pid = events.get(i).pid();
        following[i] = next.getOrDefault(pid, -1);
        next.put(pid, i);
      }
      List<Pause> pauses = new ArrayList<>();
      for (Write write : writes) {
        int after = following[write.step()];
        if (write.held().isEmpty() || after < 0) {
          continue;
        }
        long micros = times.get(after) - times.get(write.step());
        if (micros >= SHORTEST_PAUSE_MICROS) {
          pauses.add(new Pause(write.pid(), write.step(), after, micros));
        }
      }
      return pauses;
    }

    /**
     * Places the steps: one unit apart at least; with times, one unit per millisecond between
     * records, a long pause (a sleep, a wait) shown as {@link #LONGEST_GAP_MICROS} and marked.
     */
    private Axis axis(boolean timed) {
      List<Long> times = new ArrayList<>();
      List<Double> positions = new ArrayList<>();
      List<Gap> gaps = new ArrayList<>();
      long latest = 0;
      double position = 0;
      for (TraceEvent event : events) {
        // Records are written in causal order; a time read just before another process's write
        // may be a little earlier than the record before it, so the axis keeps the latest time.
        long t = timed ? Math.max(latest, event.t()) : event.index() * (long) MICROS_PER_UNIT;
        long gap = t - latest;
        if (event.index() > 0) {
          long shown = gap;
          if (timed && gap > LONGEST_GAP_MICROS) {
            gaps.add(new Gap(event.index(), gap));
            shown = LONGEST_GAP_MICROS;
          }
          position += Math.max(1.0, timed ? shown / MICROS_PER_UNIT : 1.0);
        }
        latest = t;
        times.add(t);
        positions.add(position);
      }
      return new Axis(positions, times, gaps, timed);
    }

    /** Locks numbered by their first hold, so L1 is the first taken; locks never held come last. */
    private List<LockInfo> numbered() {
      List<String> order = new ArrayList<>();
      holds.stream().map(Hold::lock).distinct().forEach(order::add);
      locks.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
      List<LockInfo> result = new ArrayList<>();
      for (String id : order) {
        LockInfo lock = locks.get(id);
        result.add(new LockInfo(lock.id(), result.size() + 1, lock.kind(), lock.creator(), lock.site()));
      }
      return result;
    }

    private List<Lane> lanes(long root, int last) {
      List<LaneDraft> drafts = new ArrayList<>(lanes.values());
      drafts.sort((a, b) -> {
        if (a.parent != b.parent) {
          return a.parent ? -1 : 1;
        }
        return Integer.compare(Math.min(a.startedAt, a.from), Math.min(b.startedAt, b.from));
      });
      List<Lane> result = new ArrayList<>();
      for (LaneDraft draft : drafts) {
        int from = draft.from == Integer.MAX_VALUE ? Math.min(draft.startedAt, last) : draft.from;
        int to = draft.parent ? Math.max(draft.to, last) : Math.max(from, draft.to);
        result.add(new Lane(draft.pid, draft.pid == root, draft.name, draft.target, draft.internal, from, to,
            draft.exitCode));
      }
      return result;
    }

    private LaneDraft lane(long pid) {
      return lanes.computeIfAbsent(pid, p -> {
        LaneDraft draft = new LaneDraft();
        draft.pid = p;
        return draft;
      });
    }

    private void step(TraceEvent event) {
      int index = event.index();
      LaneDraft lane = lane(event.pid());
      lane.from = Math.min(lane.from, index);
      lane.to = Math.max(lane.to, index);
      if (!endsRecorded) {
        joinsReturnedBy(event);
      }
      if (event instanceof TraceEvent.ChildStarted started) {
        LaneDraft child = lane(started.child());
        child.startedAt = Math.min(child.startedAt, index);
        child.name = child.name == null ? started.name() : child.name;
        child.target = child.target == null ? started.target() : child.target;
        child.internal = started.internal();
      } else if (event instanceof TraceEvent.ChildBegan began) {
        lane.name = began.name();
        lane.target = began.target();
        lane.internal = began.internal();
      } else if (event instanceof TraceEvent.ChildExited exited) {
        lane.exitCode = exited.code();
        exits.put(exited.pid(), index);
      } else if (event instanceof TraceEvent.Output output) {
        writes.add(new Write(index, output.pid(), writes.size() + 1, output.data(), output.held()));
      } else if (event instanceof TraceEvent.LockCreated created) {
        locks.putIfAbsent(created.lock(), new LockInfo(created.lock(), locks.size() + 1, created.kind(),
            created.pid(), created.site() == null ? null : created.site().describe()));
      } else if (event instanceof TraceEvent.LockAcquired acquired) {
        known(acquired.lock(), acquired.pid());
        open.computeIfAbsent(acquired.pid() + "\u0000" + acquired.lock(), k -> new ArrayDeque<>()).push(index);
      } else if (event instanceof TraceEvent.LockReleased released) {
        Deque<Integer> stack = open.get(released.pid() + "\u0000" + released.lock());
        if (stack != null && !stack.isEmpty()) {
          holds.add(new Hold(released.pid(), released.lock(), stack.pop(), index, false));
        }
      } else if (event instanceof TraceEvent.Waiting waiting) {
        waiting(waiting, index);
      } else if (event instanceof TraceEvent.WaitEnded ended) {
        waited(ended, index);
      } else if (event instanceof TraceEvent.SleepBegan sleep) {
        sleeping.put(sleep.pid(), sleep);
      } else if (event instanceof TraceEvent.SleepEnded slept) {
        TraceEvent.SleepBegan began = sleeping.remove(slept.pid());
        if (began != null) {
          sleeps.add(new Sleep(began.pid(), began.index(), index, began.seconds(), began.scaled(), true));
        }
      } else if (event instanceof TraceEvent.QueuePut put) {
        puts.computeIfAbsent(put.queue(), q -> new ArrayList<>()).add(put);
      } else if (event instanceof TraceEvent.QueueGet get) {
        took(get);
      } else if (event instanceof TraceEvent.ExceptionRaised raised) {
        marks.add(new Mark("exception", raised.pid(), index,
            raised.type() + (raised.message() == null || raised.message().isEmpty() ? "" : ": " + raised.message())
                + (raised.function() == null ? "" : " (in " + raised.function() + ", line " + raised.line() + ")")));
      } else if (event instanceof TraceEvent.Terminated terminated) {
        marks.add(new Mark("terminate", terminated.pid(), index,
            "terminated " + terminated.name() + " (pid " + terminated.child() + ")"));
      } else if (event instanceof TraceEvent.DirectRun direct) {
        marks.add(new Mark("direct-run", direct.pid(), index,
            direct.name() + ".run() called directly: " + direct.target() + " ran inside this process"));
      }
    }

    /**
     * For a trace without wait ends: a join returns with the joining process's next record after
     * the child ended (that record may be the next join's wait).
     */
    private void joinsReturnedBy(TraceEvent event) {
      for (Iterator<TraceEvent.Waiting> it = pending.values().iterator(); it.hasNext(); ) {
        TraceEvent.Waiting waiting = it.next();
        if (waiting.pid() != event.pid() || !"join".equals(waiting.on())) {
          continue;
        }
        Integer ended = exits.get(waiting.child());
        if (ended != null && ended < event.index()) {
          waits.add(new Wait(waiting.pid(), "join", what(waiting), waiting.index(), event.index(), null, true));
          arrows.add(new Arrow("join", waiting.child(), ended, waiting.pid(), event.index(), null, 0,
              child(waiting) + " ended"));
          it.remove();
        }
      }
    }

    private static String key(long pid, String on, String queue, long child, String lock) {
      return pid + "\u0000" + on + "\u0000" + switch (on == null ? "" : on) {
        case "get" -> String.valueOf(queue);
        case "join" -> String.valueOf(child);
        default -> String.valueOf(lock);
      };
    }

    private void waiting(TraceEvent.Waiting waiting, int index) {
      boolean join = "join".equals(waiting.on());
      if (!join && !waiting.block()) {
        return;
      }
      if (join && !endsRecorded && exits.containsKey(waiting.child())) {
        // The child had already ended: the join returns at once.
        arrows.add(new Arrow("join", waiting.child(), exits.get(waiting.child()), waiting.pid(), index, null, 0,
            child(waiting) + " had ended"));
        return;
      }
      pending.put(key(waiting.pid(), waiting.on(), waiting.queue(), waiting.child(), waiting.lock()), waiting);
    }

    private void waited(TraceEvent.WaitEnded ended, int index) {
      TraceEvent.Waiting waiting = pending.remove(key(ended.pid(), ended.on(), ended.queue(), ended.child(),
          ended.lock()));
      if (waiting == null) {
        return;
      }
      waits.add(new Wait(waiting.pid(), waiting.on(), what(waiting), waiting.index(), index, ended.result(), true));
      if ("join".equals(waiting.on()) && "ended".equals(ended.result()) && exits.containsKey(waiting.child())) {
        arrows.add(new Arrow("join", waiting.child(), exits.get(waiting.child()), waiting.pid(), index, null, 0,
            child(waiting) + " ended"));
      }
    }

    private void known(String lock, long pid) {
      locks.putIfAbsent(lock, new LockInfo(lock, locks.size() + 1, "Lock", pid, null));
    }

    private void took(TraceEvent.QueueGet get) {
      if (!endsRecorded) {
        // Without wait ends, a get's wait ends with the get itself.
        TraceEvent.Waiting waiting = pending.remove(key(get.pid(), "get", get.queue(), 0, null));
        if (waiting != null) {
          waits.add(new Wait(get.pid(), "get", get.queue(), waiting.index(), get.index(), "value", true));
        }
      }
      int order = gets.merge(get.queue(), 1, Integer::sum);
      List<TraceEvent.QueuePut> pending = puts.getOrDefault(get.queue(), List.of());
      // FIFO among equal values: the earliest put of the same value is the one this get took.
      for (Iterator<TraceEvent.QueuePut> it = pending.iterator(); it.hasNext(); ) {
        TraceEvent.QueuePut put = it.next();
        if (same(put.value(), get.value())) {
          it.remove();
          arrows.add(new Arrow("put-get", put.pid(), put.index(), get.pid(), get.index(), get.queue(), order,
              get.value() == null ? "?" : get.value().describe()));
          return;
        }
      }
    }

    private static boolean same(TraceEvent.Value a, TraceEvent.Value b) {
      if (a == null || b == null) {
        return a == b;
      }
      return Objects.equals(a.type(), b.type()) && Objects.equals(a.text(), b.text());
    }

    private static String what(TraceEvent.Waiting waiting) {
      return switch (waiting.on() == null ? "" : waiting.on()) {
        case "get" -> "a value from queue " + waiting.queue();
        case "join" -> child(waiting) + " to end";
        default -> "lock " + waiting.lock();
      };
    }

    private static String child(TraceEvent.Waiting waiting) {
      return (waiting.name() == null ? "child" : waiting.name()) + " (pid " + waiting.child() + ")";
    }
  }
}

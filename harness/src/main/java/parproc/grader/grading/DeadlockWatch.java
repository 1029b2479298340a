package parproc.grader.grading;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import parproc.grader.observations.DeadlockDetector;
import parproc.grader.observations.TraceEvent;
import parproc.grader.observations.TraceParser;
import parproc.grader.os.OperatingSystem;
import parproc.grader.os.RunProcesses;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunWatch;
import parproc.grader.runs.TraceTail;

/**
 * Tails a live run's trace and ends the run as a deadlock once the detector has found the same
 * deadlock three times, {@link #CONFIRM_MILLIS} apart, with the trace not grown by a byte and the
 * processes unchanged in between: a run that is only slow moves on in that time.
 */
final class DeadlockWatch implements RunWatch {

  /** Told whether the run computes (true) or only sleeps and waits (false), as that changes. */
  private final Consumer<Boolean> computing;

  /** The run's trace as far as it was read while the run was live. */
  private final TraceParser parser = new TraceParser();

  /** Where the run's real processes are read: Linux's /proc, or the JDK's process API alone. */
  private final OperatingSystem system;

  /**
   * A watch of one run, whose processes {@code system} lists, that also tells {@code computing}
   * when the run starts and stops using a core.
   */
  DeadlockWatch(OperatingSystem system, Consumer<Boolean> computing) {
    this.system = system;
    this.computing = computing;
  }

  /** What was parsed of the run's trace while it was live, for its observation to go on from. */
  TraceParser parsed() {
    return parser;
  }

  /** The least time between two findings of one deadlock. */
  static final long CONFIRM_MILLIS = 40;

  /** Findings of one unchanged deadlock before the run is ended. */
  static final int FINDINGS = 3;

  @Override
  public Watching begin(long pid) {
    return new Tail(pid, system, computing, parser);
  }

  /** One run's trace, taken record by record as the runner reads it. */
  private static final class Tail implements Watching {
    private long root;
    private final TraceParser parser;
    private int checkedRecords = -1;
    private boolean mayBeStuck;
    /** How many records were taken: the trace grew when this did. */
    private int records;
    private boolean unreadable;
    private int findings;
    private int foundAtRecords = -1;
    private long foundAtNanos;
    private Map<Long, RunProcesses.Proc> foundTable;

    private final OperatingSystem system;
    private final Consumer<Boolean> computing;
    private final Map<Long, TraceEvent> last = new HashMap<>();
    private final Set<Long> started = new HashSet<>();
    private boolean rootNamed;
    private boolean wasComputing = true;

    Tail(long root, OperatingSystem system, Consumer<Boolean> computing, TraceParser parser) {
      this.root = root;
      this.system = system;
      this.computing = computing;
      this.parser = parser;
    }

    /**
     * Whether any process of the run may be computing: one not started yet, or whose last record
     * is not a sleep, a wait, its end, or (for the graded process) its return.
     */
    private boolean mayCompute() {
      if (last.isEmpty() || !last.keySet().containsAll(started)) {
        return true;
      }
      for (Map.Entry<Long, TraceEvent> entry : last.entrySet()) {
        TraceEvent event = entry.getValue();
        boolean resting = event instanceof TraceEvent.Waiting || event instanceof TraceEvent.SleepBegan
            || event instanceof TraceEvent.ChildExited
            || entry.getKey() == root && (event instanceof TraceEvent.EntryReturned
                || event instanceof TraceEvent.ExceptionRaised || event instanceof TraceEvent.EntryMissing);
        if (!resting) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void ended() {
      // What is left (collecting output, the sweep, removing files) is the grader's work, not the run's.
      if (wasComputing) {
        wasComputing = false;
        computing.accept(false);
      }
    }

    @Override
    public String look(TraceTail trace) {
      if (unreadable) {
        if (!wasComputing) {
          wasComputing = true;
          computing.accept(true);
        }
        return null;
      }
      if (!trace.fresh().isEmpty()) {
        take(trace.fresh());
        findings = 0;
      }
      if (checkedRecords != records) {
        checkedRecords = records;
        mayBeStuck = mayBeStuck();
        boolean now = unreadable || mayCompute();
        if (now != wasComputing) {
          wasComputing = now;
          computing.accept(now);
        }
      }
      if (unreadable || !mayBeStuck) {
        findings = 0;
        return null;
      }
      if (findings > 0 && System.nanoTime() - foundAtNanos < CONFIRM_MILLIS * 1_000_000) {
        return null;
      }
      List<TraceEvent> events = parser.events();
      List<Long> traced = events.stream().map(TraceEvent::pid).distinct().toList();
      Optional<RunProcesses> table = system.processTable().ofRun(root, traced);
      Optional<DeadlockDetector.Deadlock> deadlock =
          table.flatMap(found -> DeadlockDetector.detect(events, root, found));
      if (deadlock.isEmpty()) {
        findings = 0;
        return null;
      }
      if (findings > 0 && (foundAtRecords != records || !foundTable.equals(table.get().processes()))) {
        findings = 0;
      }
      findings++;
      foundAtRecords = records;
      foundAtNanos = System.nanoTime();
      foundTable = table.get().processes();
      return findings >= FINDINGS && !trace.grownSinceRead() ? RawRun.DEADLOCK : null;
    }

    /** A cheap look at the trace alone: every process it shows alive is in a wait, or past its entry. */
    private boolean mayBeStuck() {
      boolean any = false;
      for (Map.Entry<Long, TraceEvent> entry : last.entrySet()) {
        TraceEvent event = entry.getValue();
        if (event instanceof TraceEvent.ChildExited) {
          continue;
        }
        if (event instanceof TraceEvent.Waiting waiting && waiting.block() && waiting.timeout() == null) {
          any = true;
          continue;
        }
        boolean finished = entry.getKey() == root && (event instanceof TraceEvent.EntryReturned
            || event instanceof TraceEvent.ExceptionRaised || event instanceof TraceEvent.EntryMissing);
        if (!finished) {
          return false;
        }
      }
      return any;
    }

    /** Parses records the runner read. */
    private void take(List<String> lines) {
      records += lines.size();
      int before = parser.events().size();
      parser.accept(lines);
      unreadable |= !parser.readable();
      for (TraceEvent event : parser.events().subList(before, parser.events().size())) {
        last.put(event.pid(), event);
        if (event instanceof TraceEvent.ChildStarted start) {
          started.add(start.child());
        } else if (event instanceof TraceEvent.RootStarted rootStart && !rootNamed) {
          // The graded process is the one the trace names: a launcher that execs it shares its
          // pid, one that forks it does not.
          root = rootStart.pid();
          rootNamed = true;
        }
      }
    }
  }
}

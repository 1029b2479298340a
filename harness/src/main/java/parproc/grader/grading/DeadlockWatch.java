package parproc.grader.grading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** A watch of one run that also tells {@code computing} when the run starts and stops using a core. */
  DeadlockWatch(Consumer<Boolean> computing) {
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
  public Watching begin(long pid, Path trace) {
    return new Tail(pid, trace, computing, parser);
  }

  /** One run's trace, read as it grows. */
  private static final class Tail implements Watching {
    private long root;
    private final Path file;
    private final TraceParser parser;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    /** The trace, open from its first look on: one open file per live run rather than one open per look. */
    private RandomAccessFile in;
    private long checkedOffset = -1;
    private boolean mayBeStuck;
    private long offset;
    private boolean unreadable;
    private int findings;
    private long foundAtOffset = -1;
    private long foundAtNanos;
    private Map<Long, RunProcesses.Proc> foundTable;

    private final Consumer<Boolean> computing;
    private final Map<Long, TraceEvent> last = new HashMap<>();
    private final Set<Long> started = new HashSet<>();
    private boolean rootNamed;
    private boolean wasComputing = true;

    Tail(long root, Path file, Consumer<Boolean> computing, TraceParser parser) {
      this.root = root;
      this.file = file;
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
      if (in != null) {
        try {
          in.close();
        } catch (IOException e) {
          // read-only: nothing was lost
        }
        in = null;
      }
      // What is left (collecting output, the sweep, removing files) is the grader's work, not the run's.
      if (wasComputing) {
        wasComputing = false;
        computing.accept(false);
      }
    }

    @Override
    public String look() {
      if (unreadable) {
        if (!wasComputing) {
          wasComputing = true;
          computing.accept(true);
        }
        return null;
      }
      long before = offset;
      readMore();
      if (offset != before) {
        findings = 0;
      }
      if (checkedOffset != offset) {
        checkedOffset = offset;
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
      Optional<RunProcesses> table = OperatingSystem.current().processTable().ofRun(root, traced);
      Optional<DeadlockDetector.Deadlock> deadlock =
          table.flatMap(found -> DeadlockDetector.detect(events, root, found));
      if (deadlock.isEmpty()) {
        findings = 0;
        return null;
      }
      if (findings > 0 && (foundAtOffset != offset || !foundTable.equals(table.get().processes()))) {
        findings = 0;
      }
      findings++;
      foundAtOffset = offset;
      foundAtNanos = System.nanoTime();
      foundTable = table.get().processes();
      return findings >= FINDINGS && sizeIs(offset) ? RawRun.DEADLOCK : null;
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

    private boolean sizeIs(long expected) {
      return file.toFile().length() == expected;
    }

    private void readMore() {
      try {
        if (in == null) {
          in = new RandomAccessFile(file.toFile(), "r");
        }
        long length = in.length();
        if (length <= offset) {
          return;
        }
        byte[] bytes = new byte[(int) Math.min(length - offset, 1 << 20)];
        in.seek(offset);
        in.readFully(bytes);
        offset += bytes.length;
        partial.write(bytes);
      } catch (IOException e) {
        // No trace yet: the probe has not started writing.
        return;
      }
      byte[] pending = partial.toByteArray();
      int end = pending.length - 1;
      while (end >= 0 && pending[end] != '\n') {
        end--;
      }
      if (end < 0) {
        return;
      }
      // Whole records only: the last one may still be half written.
      List<String> lines = new String(pending, 0, end, StandardCharsets.UTF_8).lines().toList();
      partial.reset();
      partial.write(pending, end + 1, pending.length - end - 1);
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

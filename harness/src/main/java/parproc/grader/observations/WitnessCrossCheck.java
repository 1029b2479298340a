package parproc.grader.observations;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parproc.grader.runs.RawRun;

/**
 * The probe's record of a run checked against the kernel witness's: what the probe says must be
 * what the kernel saw. The first contradiction found is the run's, worded with both records side
 * by side ("the probe says process 812 wrote line 3; the kernel saw process 815 write it").
 *
 * <p>What is checked, and why each holds in every correct run:
 *
 * <ul>
 *   <li>every record of the trace was written, whole, by the process it names: the probe writes
 *       each record with one call, from its own process;
 *   <li>every process the probe names was made by the program's processes, and the probe's parent
 *       is the kernel's, or the kernel's is a process of multiprocessing's own (a fork server);
 *   <li>each process's writes to stdout and stderr are, in order, what the probe recorded of it
 *       (the kernel may see more: output past the probe, which fails otherwise);
 *   <li>each put the probe records on a queue whose pipe it names is a message that process wrote
 *       into that pipe, in order, holding the same value where a pickle of a scalar shows it;
 *   <li>no two processes hold one lock at once, and no process writes holding a lock while
 *       another holds it throughout the write: the probe records an acquire after it returns and a
 *       release before it is made, so its holds lie inside the real ones, and the kernel's times of
 *       a write bound the real write;
 *   <li>a process's exit status is the one the probe recorded.
 * </ul>
 *
 * Where the grader itself stopped the run, a process may have died between recording an event and
 * making it: there each process's last record may lack its deed.
 */
public final class WitnessCrossCheck {

  private static final Pattern RECORD_PID = Pattern.compile("\"pid\":(\\d+)}$");
  private static final Pattern RECORD_TIME = Pattern.compile(",\"t\":(-?\\d+),\"pid\":\\d+}$");

  /** How a write to stdout or stderr compares: the probe's data, one record per write. */
  private record ProbeWrite(TraceEvent.Output output, byte[] bytes) {}

  private final RawRun run;
  private final Trace trace;
  private final Witness witness;
  private final boolean stopped;
  private final long start;

  private WitnessCrossCheck(RawRun run, Trace trace, Witness witness) {
    this.run = run;
    this.trace = trace;
    this.witness = witness;
    this.stopped = run.timedOut() || run.stopped() != null;
    this.start = trace.root().map(TraceEvent.RootStarted::startMicros).orElse(TraceEvent.NO_TIME);
  }

  /**
   * What the kernel saw that contradicts the probe, with the process it is about and when it
   * happened (microseconds on the machine's monotonic clock, {@link TraceEvent#NO_TIME} where it
   * has no one moment), so that a timeline can mark it.
   */
  public record Contradiction(String message, long pid, long micros) {}

  private static final long NO_TIME = TraceEvent.NO_TIME;

  private static Optional<Contradiction> found(long pid, long micros, String message) {
    return Optional.of(new Contradiction(message, pid, micros));
  }

  /** The moment of a probe's record, on the machine's clock. */
  private long at(TraceEvent event) {
    return start == NO_TIME || event.t() == NO_TIME ? NO_TIME : start + event.t();
  }

  /** The moment a raw record of the trace bears, on the machine's clock. */
  private long recordTime(String line) {
    Matcher time = RECORD_TIME.matcher(line);
    return start == NO_TIME || !time.find() ? NO_TIME : start + Long.parseLong(time.group(1));
  }

  /** What the kernel saw that contradicts the probe, the first such thing found; empty when none. */
  public static Optional<Contradiction> contradiction(RawRun run, Trace trace, Witness witness) {
    return new WitnessCrossCheck(run, trace, witness).first();
  }

  private Optional<Contradiction> first() {
    if (witness.full()) {
      return found(witness.program(), NO_TIME, "the run wrote so much that it outgrew the kernel witness's record");
    }
    if (!witness.refused().isEmpty()) {
      String[] refused = witness.refused().get(0).split(" ");
      return found(Long.parseLong(refused[0]), NO_TIME, "process " + refused[0] + " tried to trace or write into other processes (system call "
          + refused[1] + "), which the kernel witness refuses");
    }
    return writers().or(this::processes).or(this::output).or(this::queues).or(this::locks).or(this::exits);
  }

  /**
   * Every record of the trace was written whole by the process it names, and no later than the
   * time it bears: a process reads the clock before it writes, and each thread's records bear
   * times that never go back.
   */
  private Optional<Contradiction> writers() {
    Optional<String> target = witness.descriptor(3);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Map<String, ArrayDeque<Witness.Write>> writesOf = new HashMap<>();
    for (Witness.Write write : witness.writesTo(target.get())) {
      if (write.bytes() != null) {
        writesOf.computeIfAbsent(new String(write.bytes(), StandardCharsets.ISO_8859_1), k -> new ArrayDeque<>())
            .add(write);
      }
    }
    Map<Long, Integer> lastLine = new HashMap<>();
    List<String> lines = run.trace();
    for (int i = 0; i < lines.size(); i++) {
      Matcher pid = RECORD_PID.matcher(lines.get(i));
      if (pid.find()) {
        lastLine.put(Long.parseLong(pid.group(1)), i);
      }
    }
    Map<Long, Long> lastTime = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher named = RECORD_PID.matcher(line);
      long claimed = named.find() ? Long.parseLong(named.group(1)) : -1;
      ArrayDeque<Witness.Write> writes = writesOf.get(new String((line + "\n").getBytes(StandardCharsets.UTF_8),
          StandardCharsets.ISO_8859_1));
      Witness.Write write = writes == null ? null
          : writes.stream().filter(w -> w.pid() == claimed).findFirst().orElse(null);
      if (write != null) {
        writes.remove(write);
        Matcher time = RECORD_TIME.matcher(line);
        if (time.find() && start != TraceEvent.NO_TIME) {
          long at = start + Long.parseLong(time.group(1));
          if (at > write.ended()) {
            return found(claimed, at, "the probe's record " + shorten(line) + " of process " + claimed + " bears the time "
                + micros(at) + " into the run; the kernel saw it written at " + micros(write.ended()));
          }
          Long before = lastTime.put(write.tid(), at);
          if (before != null && at < before) {
            return found(claimed, at, "the probe's record " + shorten(line) + " of process " + claimed + " bears the time "
                + micros(at) + " into the run, after one its thread wrote bearing " + micros(before)
                + ": a thread's clock never goes back");
          }
        }
        continue;
      }
      if (stopped && Integer.valueOf(i).equals(lastLine.get(claimed))) {
        continue; // stopped as it wrote its last record
      }
      String shown = shorten(line);
      if (writes == null || writes.isEmpty()) {
        return found(claimed, recordTime(line), "the probe's record holds " + shown + ", which the kernel saw no process write whole");
      }
      return found(claimed, recordTime(line), "the probe's record names process " + claimed + " as the writer of " + shown
          + "; the kernel saw process " + writes.peek().pid() + " write it");
    }
    return Optional.empty();
  }

  /** Every process the probe names was made by the program's own, by the parent it names. */
  private Optional<Contradiction> processes() {
    Set<Long> students = new HashSet<>();
    students.add(witness.program());
    trace.all(TraceEvent.ChildBegan.class).filter(began -> !began.internal()).forEach(b -> students.add(b.pid()));
    for (TraceEvent.ChildStarted start : trace.all(TraceEvent.ChildStarted.class).toList()) {
      if (!witness.processes().containsKey(start.child()) && !(stopped && start.child() == 0)) {
        return found(start.pid(), at(start), "the probe says process " + start.pid() + " started process " + start.child()
            + " (" + start.name() + "); the kernel saw no such process of the run");
      }
    }
    for (TraceEvent.ChildBegan began : trace.all(TraceEvent.ChildBegan.class).toList()) {
      Witness.Process process = witness.processes().get(began.pid());
      if (process == null) {
        return found(began.pid(), at(began), "the probe says process " + began.pid() + " (" + began.name()
            + ") began; the kernel saw no such process of the run");
      }
      long parent = process.parent();
      if (began.parent() != 0 && parent != began.parent() && students.contains(parent)) {
        return found(began.pid(), at(began), "the probe says process " + began.pid() + " (" + began.name() + ") was started by process "
            + began.parent() + "; the kernel saw process " + parent + " start it");
      }
    }
    return Optional.empty();
  }

  /** Each process's writes to stdout and to stderr are, in order, what the probe recorded. */
  private Optional<Contradiction> output() {
    Optional<String> stdout = witness.descriptor(1);
    if (stdout.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, List<ProbeWrite>> recorded = new LinkedHashMap<>();
    for (TraceEvent.Output output : trace.all(TraceEvent.Output.class).toList()) {
      if (output.bytes() > 0) {
        recorded.computeIfAbsent(output.pid(), pid -> new ArrayList<>())
            .add(new ProbeWrite(output, Bytes.of(output.data())));
      }
    }
    Map<Long, List<Witness.Write>> seen = new HashMap<>();
    for (Witness.Write write : witness.writesTo(stdout.get())) {
      seen.computeIfAbsent(write.pid(), pid -> new ArrayList<>()).add(write);
    }
    for (Map.Entry<Long, List<ProbeWrite>> entry : recorded.entrySet()) {
      List<ProbeWrite> probe = entry.getValue();
      List<Witness.Write> kernel = seen.getOrDefault(entry.getKey(), List.of());
      int k = 0;
      for (int p = 0; p < probe.size(); p++) {
        Optional<Span> matched = locate(probe.get(p).bytes(), kernel, k);
        if (matched.isPresent()) {
          k = matched.get().end();
          continue;
        }
        if (stopped && p == probe.size() - 1) {
          break; // stopped between recording its last write and making it
        }
        byte[] unseen = probe.get(p).bytes();
        String line = shorten(new String(unseen, StandardCharsets.UTF_8));
        Optional<Long> other = seen.entrySet().stream()
            .filter(e -> !e.getKey().equals(entry.getKey()) && locate(unseen, e.getValue(), 0).isPresent())
            .map(Map.Entry::getKey).findFirst();
        return found(entry.getKey(), at(probe.get(p).output()), "the probe says process " + entry.getKey() + " wrote " + line + " to stdout; "
            + other.map(pid -> "the kernel saw process " + pid + " write it")
                .orElse("the kernel saw no process write it there"));
      }
    }
    return Optional.empty();
  }

  /** The writes, from {@code first} to before {@code end}, that one recorded write's bytes fill. */
  private record Span(int first, int end) {}

  /**
   * Where the bytes of one recorded write stand among a process's writes, from index {@code from}
   * on. A recorded write is one call of the probe's, which a short write may have split over
   * several; writes in between that the probe did not record are output past it, passed over.
   */
  private static Optional<Span> locate(byte[] bytes, List<Witness.Write> writes, int from) {
    for (int first = from; first < writes.size(); first++) {
      int at = 0;
      int index = first;
      while (at < bytes.length && index < writes.size()) {
        byte[] written = writes.get(index).bytes();
        if (written == null || written.length > bytes.length - at
            || !Arrays.equals(written, 0, written.length, bytes, at, at + written.length)) {
          break;
        }
        at += written.length;
        index++;
      }
      if (at == bytes.length && index > first) {
        return Optional.of(new Span(first, index));
      }
    }
    return Optional.empty();
  }

  /** Each put the probe records on a pipe's queue is a message the putter wrote into that pipe. */
  private Optional<Contradiction> queues() {
    Map<String, String> pipes = new HashMap<>();
    trace.all(TraceEvent.QueueCreated.class).filter(queue -> queue.pipe() != null)
        .forEach(queue -> pipes.put(queue.queue(), queue.pipe()));
    if (pipes.isEmpty()) {
      return Optional.empty();
    }
    // The last put of each process on each queue, and the puts that raised: a put-failed record
    // follows the put it ends, so it names that process's latest put on that queue, which wrote
    // nothing and takes no message.
    Map<String, Integer> lastPut = new HashMap<>();
    Set<Integer> failed = new HashSet<>();
    List<TraceEvent> events = trace.events();
    for (TraceEvent event : events) {
      if (event instanceof TraceEvent.QueuePut put) {
        lastPut.put(put.pid() + " " + put.queue(), put.index());
      } else if (event instanceof TraceEvent.QueuePutFailed putFailed) {
        Integer put = lastPut.get(putFailed.pid() + " " + putFailed.queue());
        if (put != null) {
          failed.add(put);
        }
      }
    }
    Map<String, ArrayDeque<byte[]>> messages = new HashMap<>();
    Set<String> cut = new HashSet<>();
    for (TraceEvent event : events) {
      if (!(event instanceof TraceEvent.QueuePut put) || !pipes.containsKey(put.queue()) || failed.contains(put.index())) {
        continue;
      }
      String pipe = pipes.get(put.queue());
      ArrayDeque<byte[]> sent = messages.computeIfAbsent(put.pid() + " " + pipe, key -> messagesOf(put.pid(), pipe, cut));
      byte[] message = sent.poll();
      if (message == null) {
        // The witness kept only the start of a write too long for its record: what followed in
        // that pipe cannot be read, which says nothing against the probe.
        if (stopped && lastPut.get(put.pid() + " " + put.queue()) == put.index() || cut.contains(put.pid() + " " + pipe)) {
          continue;
        }
        return found(put.pid(), at(put), "the probe says process " + put.pid() + " put " + put.value().describe() + " on a queue"
            + "; the kernel saw no such message written into that queue's pipe by process " + put.pid());
      }
      Optional<PickledValue> value = PickledValue.read(message);
      if (value.isPresent() && !value.get().agreesWith(put.value())) {
        return found(put.pid(), at(put), "the probe says process " + put.pid() + " put " + put.value().describe() + " on a queue"
            + "; the kernel saw it write " + (value.get().text() != null ? "'" + value.get().text() + "'"
                : String.valueOf(value.get().number())) + " into that queue's pipe");
      }
    }
    return Optional.empty();
  }

  /**
   * The messages a process wrote into a pipe, read as multiprocessing frames them: length, then
   * bytes; up to the first write the witness kept only in part, when it adds "pid pipe" to {@code cut}.
   */
  private ArrayDeque<byte[]> messagesOf(long pid, String pipe, Set<String> cut) {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (Witness.Write write : witness.writesTo(pipe)) {
      if (write.pid() != pid || write.bytes() == null) {
        continue;
      }
      if (!write.whole()) {
        cut.add(pid + " " + pipe);
        break;
      }
      stream.writeBytes(write.bytes());
    }
    ByteBuffer bytes = ByteBuffer.wrap(stream.toByteArray());
    ArrayDeque<byte[]> messages = new ArrayDeque<>();
    while (bytes.remaining() >= 4) {
      long length = bytes.getInt();
      if (length == -1 && bytes.remaining() >= 8) {
        length = bytes.getLong();
      }
      if (length < 0 || length > bytes.remaining()) {
        break;
      }
      byte[] message = new byte[(int) length];
      bytes.get(message);
      messages.add(message);
    }
    return messages;
  }

  /** One process's hold of a lock, on the machine's clock, from the probe's acquire to its release. */
  private record Hold(long pid, String lock, long from, long to) {}

  /** No two processes hold a lock at once, nor writes a process under a lock another holds throughout. */
  private Optional<Contradiction> locks() {
    if (start == TraceEvent.NO_TIME) {
      return Optional.empty();
    }
    Set<String> mutexes = new HashSet<>();
    trace.all(TraceEvent.LockCreated.class).filter(TraceEvent.LockCreated::mutex).forEach(l -> mutexes.add(l.lock()));
    List<Hold> holds = new ArrayList<>();
    Map<String, Long> open = new HashMap<>();
    for (TraceEvent event : trace.events()) {
      if (event instanceof TraceEvent.LockAcquired acquired && mutexes.contains(acquired.lock())) {
        open.putIfAbsent(acquired.pid() + " " + acquired.lock(), start + acquired.t());
      } else if (event instanceof TraceEvent.LockReleased released && mutexes.contains(released.lock())) {
        Long from = open.remove(released.pid() + " " + released.lock());
        if (from != null) {
          holds.add(new Hold(released.pid(), released.lock(), from, start + released.t()));
        }
      }
    }
    // Each lock's holds by their start: a hold that begins before the earlier hold that ends last
    // ends overlaps it. Holds found apart so far never overlap across processes, so that one hold is
    // the only one to compare with (one of the same process ended before this began). One pass per
    // lock, however many holds a run makes.
    Map<String, List<Hold>> byLock = new HashMap<>();
    holds.forEach(hold -> byLock.computeIfAbsent(hold.lock(), lock -> new ArrayList<>()).add(hold));
    for (List<Hold> ofLock : byLock.values()) {
      ofLock.sort(Comparator.comparingLong(Hold::from));
      Hold a = null;
      for (Hold b : ofLock) {
        if (a != null && a.pid() != b.pid() && b.from() < a.to() && a.from() < b.to()) {
          return found(b.pid(), b.from(), "the probe says processes " + a.pid() + " and " + b.pid() + " held lock " + a.lock()
              + " at the same time, which no lock allows (" + micros(b.from()) + " to " + micros(Math.min(a.to(), b.to()))
              + " into the run)");
        }
        if (a == null || b.to() > a.to()) {
          a = b;
        }
      }
    }
    Optional<String> stdout = witness.descriptor(1);
    if (stdout.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, List<Witness.Write>> writes = new HashMap<>();
    for (Witness.Write write : witness.writesTo(stdout.get())) {
      writes.computeIfAbsent(write.pid(), pid -> new ArrayList<>()).add(write);
    }
    Map<Long, Integer> next = new HashMap<>();
    for (TraceEvent.Output output : trace.all(TraceEvent.Output.class).toList()) {
      List<Witness.Write> mine = writes.getOrDefault(output.pid(), List.of());
      if (output.bytes() == 0) {
        continue;
      }
      Optional<Span> span = locate(Bytes.of(output.data()), mine, next.getOrDefault(output.pid(), 0));
      if (span.isEmpty()) {
        continue;
      }
      next.put(output.pid(), span.get().end());
      long began = mine.get(span.get().first()).entered();
      long ended = mine.get(span.get().end() - 1).ended();
      for (String lock : output.held()) {
        // A lock's holds no longer overlap: only the last to begin before the write can contain it.
        Hold hold = lastBegunBefore(byLock.getOrDefault(lock, List.of()), began);
        if (hold != null && hold.pid() != output.pid() && ended < hold.to()) {
          return found(output.pid(), began, "the probe says process " + output.pid() + " held lock " + lock + " as it wrote "
              + shorten(output.data()) + "; the kernel saw that write while process " + hold.pid() + " held it");
        }
      }
    }
    return Optional.empty();
  }

  /** Of holds sorted by their start, the last that began strictly before {@code at}; null when none did. */
  private static Hold lastBegunBefore(List<Hold> holds, long at) {
    int low = 0;
    int high = holds.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (holds.get(middle).from() < at) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low == 0 ? null : holds.get(low - 1);
  }

  /** A process's exit status is the one the probe recorded. */
  private Optional<Contradiction> exits() {
    if (stopped) {
      return Optional.empty();
    }
    for (TraceEvent.ChildExited exited : trace.all(TraceEvent.ChildExited.class).toList()) {
      Witness.Process process = witness.processes().get(exited.pid());
      // The child records the status it passes to exit, which the kernel keeps as its low byte
      // (sys.exit(-1) ends with 255); a signal ends a process before it can record one.
      if (process != null && process.exit() != null && process.exit() != (exited.code() & 0xff)) {
        return found(exited.pid(), at(exited), "the probe says process " + exited.pid() + " ended with status " + exited.code()
            + "; the kernel saw status " + process.exit());
      }
    }
    return Optional.empty();
  }

  private String micros(long at) {
    return String.format(Locale.ROOT, "%.1f ms", (at - start) / 1000.0);
  }

  private static String shorten(String text) {
    String line = text.strip();
    return "'" + (line.length() > 80 ? line.substring(0, 80) + "..." : line).replace("\n", "\\n") + "'";
  }
}

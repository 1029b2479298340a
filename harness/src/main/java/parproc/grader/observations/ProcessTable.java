package parproc.grader.observations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The real processes of a live run as Linux's /proc shows them: the run's session (the runner
 * makes one per run), every descendant of its root, and any pid the trace names. A deadlock is
 * only judged against this table, so a process the probe never traced is seen.
 *
 * @param processes by pid
 */
public record ProcessTable(Map<Long, Proc> processes) {

  /**
   * Signals caught without the program asking, as a SigCgt mask: Python's SIGINT (signal 2), and
   * the two that glibc keeps for its threads, 32 and 33, which Python cannot give a handler.
   */
  public static final long DEFAULT_CAUGHT = 1L << 1 | 1L << 31 | 1L << 32;

  /**
   * One process.
   *
   * @param state the state letter of /proc/PID/stat (R, S, D, Z, ...)
   * @param wchan where the kernel has it sleeping ("do_wait" while it waits for a child), or ""
   * @param signalPending whether a signal is on its way to it
   * @param caughtSignals the signals it has handlers for, as the SigCgt mask
   */
  public record Proc(long pid, long ppid, long session, char state, String wchan, boolean signalPending,
      long caughtSignals) {

    /** Not ended: a zombie or a dying process can no longer do anything. */
    public boolean live() {
      return state != 'Z' && state != 'X' && state != 'x';
    }
  }

  public ProcessTable {
    processes = Map.copyOf(processes);
  }

  /** A table of the given processes (for tests and for the reader below). */
  public static ProcessTable of(Collection<Proc> processes) {
    Map<Long, Proc> byPid = new LinkedHashMap<>();
    processes.forEach(proc -> byPid.put(proc.pid(), proc));
    return new ProcessTable(byPid);
  }

  public Optional<Proc> get(long pid) {
    return Optional.ofNullable(processes.get(pid));
  }

  public boolean live(long pid) {
    Proc proc = processes.get(pid);
    return proc != null && proc.live();
  }

  /** The live processes. */
  public List<Proc> liveProcesses() {
    return processes.values().stream().filter(Proc::live).sorted((a, b) -> Long.compare(a.pid(), b.pid())).toList();
  }

  /**
   * Reads the run rooted at {@code root} from /proc; empty when there is no /proc to read (not
   * Linux) or it could not be read, which leaves nothing to judge.
   */
  public static Optional<ProcessTable> read(long root, Collection<Long> traced) {
    Path proc = Path.of("/proc");
    if (!Files.isDirectory(proc.resolve("self"))) {
      return Optional.empty();
    }
    Map<Long, long[]> all = new HashMap<>();
    try (Stream<Path> entries = Files.list(proc)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long[] stat = stat(entry);
        if (stat != null) {
          all.put(Long.parseLong(name), stat);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Map<Long, List<Long>> children = new HashMap<>();
    all.forEach((pid, stat) -> children.computeIfAbsent(stat[1], p -> new ArrayList<>()).add(pid));
    Set<Long> members = new TreeSet<>();
    all.forEach((pid, stat) -> {
      if (stat[2] == root) {
        members.add(pid);
      }
    });
    Set<Long> seen = new HashSet<>();
    Deque<Long> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      long pid = todo.pop();
      if (seen.add(pid)) {
        if (all.containsKey(pid)) {
          members.add(pid);
        }
        todo.addAll(children.getOrDefault(pid, List.of()));
      }
    }
    for (long pid : traced) {
      if (all.containsKey(pid)) {
        members.add(pid);
      }
    }
    List<Proc> found = new ArrayList<>();
    for (long pid : members) {
      long[] stat = all.get(pid);
      if (stat == null) {
        continue;
      }
      Path dir = proc.resolve(Long.toString(pid));
      String wchan = readQuietly(dir.resolve("wchan")).trim();
      long pending = 0;
      long caught = -1;
      for (String line : readQuietly(dir.resolve("status")).split("\n")) {
        if (line.startsWith("SigPnd:") || line.startsWith("ShdPnd:")) {
          pending |= Long.parseUnsignedLong(line.substring(7).trim(), 16);
        } else if (line.startsWith("SigCgt:")) {
          caught = Long.parseUnsignedLong(line.substring(7).trim(), 16);
        }
      }
      // An unreadable status hides the process's signals: read as catching everything.
      found.add(new Proc(pid, stat[1], stat[2], (char) stat[0], wchan, pending != 0, caught));
    }
    return Optional.of(of(found));
  }

  /** State letter, ppid and session of /proc/PID/stat, or null when the process is gone. */
  private static long[] stat(Path dir) {
    String text = readQuietly(dir.resolve("stat"));
    int close = text.lastIndexOf(')');
    if (close < 0) {
      return null;
    }
    String[] fields = text.substring(close + 2).split(" ");
    if (fields.length < 4) {
      return null;
    }
    return new long[] {fields[0].charAt(0), Long.parseLong(fields[1]), Long.parseLong(fields[3])};
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}

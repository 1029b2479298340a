package parproc.grader.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stops every process of a run: the graded process, its descendants, orphans that were
 * re-parented away from it, and processes that left its session. The graded process makes
 * itself a session leader, so on Linux its session id finds the orphans; the probe's trace
 * names every process that ran the student's code, which finds those that left the session.
 */
final class ProcessReaper {

  private static final Pattern TRACED_PID = Pattern.compile("\"(?:pid|child)\":(\\d+)");
  private static final Path PROC = Path.of("/proc");

  private ProcessReaper() {}

  /** The live processes of a run, the graded process first. */
  static List<ProcessHandle> members(long root, Instant started, Path trace) {
    Set<Long> pids = new HashSet<>();
    List<ProcessHandle> members = new ArrayList<>();
    ProcessHandle.of(root).ifPresent(handle -> {
      members.add(handle);
      pids.add(root);
      handle.descendants().forEach(d -> {
        if (pids.add(d.pid())) {
          members.add(d);
        }
      });
    });
    for (long pid : sessionMembers(root)) {
      if (pids.add(pid)) {
        ProcessHandle.of(pid).ifPresent(members::add);
      }
    }
    for (long pid : tracedPids(trace)) {
      if (pids.add(pid)) {
        // A traced pid could have been reused by an unrelated process since: only one that
        // started after the run did is taken for the run's.
        ProcessHandle.of(pid)
            .filter(handle -> handle.info().startInstant().map(s -> !s.isBefore(started.minusSeconds(1))).orElse(false))
            .ifPresent(members::add);
      }
    }
    return members;
  }

  /**
   * True while a process runs. A zombie (ended, not yet reaped) has ended: orphans of a run are
   * re-parented to the container's first process, which may never reap them.
   */
  static boolean running(ProcessHandle handle) {
    if (!handle.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(PROC.resolve(Long.toString(handle.pid())).resolve("stat"), StandardCharsets.UTF_8);
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException | RuntimeException e) {
      return Files.isDirectory(PROC) ? false : handle.isAlive();
    }
  }

  /** Kills every process of the run, again while new ones keep appearing. */
  static int killAll(long root, Instant started, Path trace) {
    int killed = 0;
    for (int round = 0; round < 50; round++) {
      List<ProcessHandle> alive = members(root, started, trace).stream().filter(ProcessReaper::running).toList();
      if (alive.isEmpty()) {
        break;
      }
      for (ProcessHandle handle : alive) {
        if (handle.destroyForcibly()) {
          killed++;
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return killed;
  }

  /** Pids whose session id is the graded process's pid (Linux only; elsewhere none). */
  private static List<Long> sessionMembers(long session) {
    if (!Files.isDirectory(PROC)) {
      return List.of();
    }
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> entries = Files.list(PROC)) {
      entries.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
        sessionOf(p).filter(s -> s == session).ifPresent(s -> pids.add(Long.parseLong(p.getFileName().toString())));
      });
    } catch (IOException | RuntimeException e) {
      // /proc changes while it is listed; what was read is enough for this round
    }
    return pids;
  }

  private static Optional<Long> sessionOf(Path process) {
    try {
      String stat = Files.readString(process.resolve("stat"), StandardCharsets.UTF_8);
      // pid (comm) state ppid pgrp session ...; comm may hold spaces and parentheses.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Optional.of(Long.parseLong(fields[3]));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Set<Long> tracedPids(Path trace) {
    Set<Long> pids = new HashSet<>();
    if (trace == null || !Files.isRegularFile(trace)) {
      return pids;
    }
    try (Stream<String> lines = Files.lines(trace, StandardCharsets.ISO_8859_1)) {
      lines.filter(line -> line.contains("\"event\":\"proc\"") || line.contains("\"event\":\"start\""))
          .forEach(line -> {
            Matcher matcher = TRACED_PID.matcher(line);
            while (matcher.find()) {
              pids.add(Long.parseLong(matcher.group(1)));
            }
          });
    } catch (IOException | RuntimeException e) {
      // a trace that cannot be read names no process
    }
    return pids;
  }
}

package parproc.grader.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Linux's process table, read from procfs: a folder per process, named by its pid. */
final class LinuxProcessTable implements ProcessTable {

  /**
   * What a process's stat file says of it: the fields after the last ')', since its command name
   * (comm), between parentheses, may itself hold spaces and parentheses.
   *
   * @param startTicks the 22nd field, or -1 when the line is too short to hold it
   */
  record Stat(char state, long ppid, long session, long startTicks) {

    /**
     * Parses "pid (comm) state ppid pgrp session ... starttime ..."; null when there is no such
     * line (the process is gone, or the file was unreadable and read as ""); a malformed line
     * throws, as the kernel never writes one.
     */
    static Stat parse(String text) {
      int close = text.lastIndexOf(')');
      if (close < 0) {
        return null;
      }
      String[] fields = text.substring(close + 2).split(" ");
      if (fields.length < 4) {
        return null;
      }
      return new Stat(fields[0].charAt(0), Long.parseLong(fields[1]), Long.parseLong(fields[3]),
          fields.length > 19 ? Long.parseLong(fields[19]) : -1);
    }
  }

  private final Path proc;

  LinuxProcessTable(Path proc) {
    this.proc = proc;
  }

  @Override
  public List<Entry> all() {
    List<Entry> entries = new ArrayList<>();
    if (!Files.isDirectory(proc)) {
      return entries;
    }
    try (Stream<Path> listing = Files.list(proc)) {
      listing.filter(LinuxProcessTable::isProcess)
          .forEach(p -> readStat(Long.parseLong(p.getFileName().toString()), -2).ifPresent(entries::add));
    } catch (IOException | RuntimeException e) {
      // The table changes while it is listed: what was read is enough.
    }
    return entries;
  }

  @Override
  public Optional<Entry> find(long pid) {
    Path folder = proc.resolve(Long.toString(pid));
    try {
      int uid = -1;
      for (String line : Files.readAllLines(folder.resolve("status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("Uid:")) {
          uid = Integer.parseUnsignedInt(line.substring(4).strip().split("\\s+")[0]);
          break;
        }
      }
      return readStat(pid, uid);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A process from its stat file; uid -2 takes the owner of its folder. */
  private Optional<Entry> readStat(long pid, int uid) {
    Path folder = proc.resolve(Long.toString(pid));
    try {
      Stat stat = Stat.parse(Files.readString(folder.resolve("stat"), StandardCharsets.UTF_8));
      if (stat == null || stat.startTicks() < 0) {
        return Optional.empty();
      }
      int owner = uid != -2 ? uid : (int) Files.getAttribute(folder, "unix:uid");
      return Optional.of(new Entry(pid, stat.ppid(), stat.session(), stat.state(), stat.startTicks(), owner));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean anyRunningAs(int uid) {
    if (!Files.isDirectory(proc)) {
      return false;
    }
    try (Stream<Path> listing = Files.list(proc)) {
      return listing.filter(LinuxProcessTable::isProcess).anyMatch(p -> {
        try {
          return (int) Files.getAttribute(p, "unix:uid") == uid
              && readStat(Long.parseLong(p.getFileName().toString()), uid).map(Entry::running).orElse(false);
        } catch (IOException | RuntimeException e) {
          return false;
        }
      });
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String environment(long pid) {
    try {
      return new String(Files.readAllBytes(proc.resolve(Long.toString(pid)).resolve("environ")),
          StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  @Override
  public Optional<RunProcesses> ofRun(long root, Collection<Long> traced) {
    // No "self": not procfs (macOS, or a container without it), so nothing to judge.
    if (!Files.isDirectory(proc.resolve("self"))) {
      return Optional.empty();
    }
    Map<Long, Stat> all = new HashMap<>();
    try (Stream<Path> entries = Files.list(proc)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        if (!isProcess(entry)) {
          continue;
        }
        Stat stat = Stat.parse(readQuietly(entry.resolve("stat")));
        if (stat != null) {
          all.put(Long.parseLong(name), stat);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Map<Long, List<Long>> children = new HashMap<>();
    all.forEach((pid, stat) -> children.computeIfAbsent(stat.ppid(), p -> new ArrayList<>()).add(pid));
    Set<Long> members = new TreeSet<>();
    all.forEach((pid, stat) -> {
      if (stat.session() == root) {
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
    List<RunProcesses.Proc> found = new ArrayList<>();
    for (long pid : members) {
      Stat stat = all.get(pid);
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
      found.add(new RunProcesses.Proc(pid, stat.ppid(), stat.session(), stat.state(), wchan, pending != 0, caught));
    }
    return Optional.of(RunProcesses.of(found));
  }

  /** A process's folder: its name is all digits (the rest are the kernel's own files). */
  private static boolean isProcess(Path entry) {
    return entry.getFileName().toString().chars().allMatch(Character::isDigit);
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}

package parproc.grader.runs.isolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads Linux's process table (/proc): who runs as which uid, in which session, in which state. */
public final class ProcessTable {

  private static final Path PROC = Path.of("/proc");

  private ProcessTable() {}

  /** One process as /proc shows it. */
  public record Entry(long pid, int uid, long session, char state, long startTicks) {
    public boolean running() {
      return state != 'Z' && state != 'X';
    }
  }

  /** Every process now, zombies included, its uid the owner of its /proc folder; empty where there is no /proc. */
  public static List<Entry> all() {
    List<Entry> entries = new ArrayList<>();
    if (!Files.isDirectory(PROC)) {
      return entries;
    }
    try (Stream<Path> listing = Files.list(PROC)) {
      listing.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .forEach(p -> readStat(Long.parseLong(p.getFileName().toString()), -2).ifPresent(entries::add));
    } catch (IOException | RuntimeException e) {
      // /proc changes while it is listed: what was read is enough
    }
    return entries;
  }

  /** One process, with its real uid, if it exists. */
  public static Optional<Entry> read(long pid) {
    Path folder = PROC.resolve(Long.toString(pid));
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

  /** A process from its stat file; uid -2 takes the owner of its /proc folder. */
  private static Optional<Entry> readStat(long pid, int uid) {
    Path folder = PROC.resolve(Long.toString(pid));
    try {
      String stat = Files.readString(folder.resolve("stat"), StandardCharsets.UTF_8);
      // pid (comm) state ppid pgrp session ... starttime (the 22nd field); comm may hold spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      int owner = uid != -2 ? uid : (int) Files.getAttribute(folder, "unix:uid");
      return Optional.of(new Entry(pid, owner, Long.parseLong(fields[3]), fields[0].charAt(0),
          Long.parseLong(fields[19])));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** True while a live process runs as the uid (as the owner of its /proc folder shows it). */
  public static boolean anyOfUid(int uid) {
    if (!Files.isDirectory(PROC)) {
      return false;
    }
    try (Stream<Path> listing = Files.list(PROC)) {
      return listing.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .anyMatch(p -> {
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

  /** The initial environment of a process (readable by root or its owner), or "" if not. */
  static String environ(long pid) {
    try {
      return new String(Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ")),
          StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}

package parproc.grader.os;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder laid out as procfs is, for the Linux readers to read: a folder per process (stat,
 * status, wchan, environ), the grader's own "self" folder, and the kernel's own files. Only what
 * a test writes is there, so a process without a stat file is one that vanished while listed.
 */
final class FakeProcfs {

  private final Path root;

  FakeProcfs(Path root) {
    this.root = root;
    try {
      Files.createDirectories(root.resolve("self"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path root() {
    return root;
  }

  /** Linux reading this folder as its procfs, with no cgroups. */
  Linux linux() {
    return Linux.at(root, root.resolve("no-cgroup-root"));
  }

  /** A process's stat file as the kernel writes it: "pid (comm) state ppid pgrp session ...", starttime 22nd. */
  FakeProcfs process(long pid, String comm, char state, long ppid, long session, long startTicks) {
    String stat = pid + " (" + comm + ") " + state + " " + ppid + " " + session + " " + session
        + " 34816 " + session + " 4194560 1024 0 0 0 5 2 0 0 20 0 1 0 " + startTicks
        + " 16777216 2048 18446744073709551615 1 1 0 0 0 0 0 16781312 134235650 1 0 0 17 1 0 0 0 0 0\n";
    return write(pid + "/stat", stat);
  }

  /** A process's status file, from its Uid line and its signal masks (hex, as the kernel shows them). */
  FakeProcfs status(long pid, int uid, String sigPnd, String shdPnd, String sigCgt) {
    return write(pid + "/status", "Name:\tpython3\nState:\tS (sleeping)\nPid:\t" + pid + "\nUid:\t" + uid + "\t" + uid
        + "\t" + uid + "\t" + uid + "\nGid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid + "\nSigQ:\t0/31257\n"
        + "SigPnd:\t" + sigPnd + "\nShdPnd:\t" + shdPnd + "\nSigBlk:\t0000000000000000\nSigIgn:\t0000000001001000\n"
        + "SigCgt:\t" + sigCgt + "\n");
  }

  /** Where the kernel has a process sleeping (the file holds no newline). */
  FakeProcfs wchan(long pid, String function) {
    return write(pid + "/wchan", function);
  }

  /** A process's initial environment: NAME=value entries, each ended by a NUL. */
  FakeProcfs environ(long pid, String... entries) {
    return write(pid + "/environ", entries.length == 0 ? "" : String.join("\0", entries) + "\0");
  }

  /** A process folder with nothing in it: the process ended between the listing and the read. */
  FakeProcfs vanished(long pid) {
    try {
      Files.createDirectories(root.resolve(Long.toString(pid)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Any file under the root, such as the kernel's stat or the grader's self/cgroup. */
  FakeProcfs write(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}

package parproc.grader.runs.isolation;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import parproc.grader.os.OperatingSystem;

/**
 * Hands out unprivileged uids, one per run, that no other run and no other grader on the
 * machine holds at the same time: a uid is leased by locking its file in a root-only folder
 * (a lock the kernel drops if the grader dies), and only while no process runs as it.
 */
final class UidPool {

  /** Far above any uid a system gives its users, and below the 32-bit overflow uid. */
  static final int FIRST = 1_700_000;
  static final int COUNT = 4096;

  private final Path locks;
  private final Set<Integer> held = ConcurrentHashMap.newKeySet();

  /** The machine's pool, shared by every grader on it. */
  static UidPool shared() throws IOException {
    return new UidPool(Files.isDirectory(Path.of("/run")) ? Path.of("/run/parproc-uids") : Path.of("/var/tmp/parproc-uids"));
  }

  UidPool(Path locks) throws IOException {
    this.locks = locks;
    if (!Files.isDirectory(locks, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(locks);
    }
    // Only root may make or take the lock files: nobody can hold a uid to block the grader.
    Files.setPosixFilePermissions(locks, PosixFilePermissions.fromString("rwx------"));
    if ((int) Files.getAttribute(locks, "unix:uid", LinkOption.NOFOLLOW_LINKS) != 0) {
      throw new IOException(locks + " is not owned by root");
    }
  }

  /** A uid held until the lease is closed. */
  final class Lease implements AutoCloseable {
    private final int uid;
    private final FileChannel channel;
    private final FileLock lock;

    private Lease(int uid, FileChannel channel, FileLock lock) {
      this.uid = uid;
      this.channel = channel;
      this.lock = lock;
    }

    int uid() {
      return uid;
    }

    @Override
    public void close() {
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        // the lock goes with the channel
      }
      held.remove(uid);
    }
  }

  Lease lease() throws IOException {
    int start = ThreadLocalRandom.current().nextInt(COUNT);
    for (int i = 0; i < COUNT; i++) {
      int uid = FIRST + (start + i) % COUNT;
      if (!held.add(uid)) {
        continue;
      }
      FileChannel channel = null;
      try {
        channel = FileChannel.open(locks.resolve("uid-" + uid + ".lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock = channel.tryLock();
        if (lock != null && !OperatingSystem.current().processTable().anyRunningAs(uid)) {
          return new Lease(uid, channel, lock);
        }
        if (lock != null) {
          lock.release();
        }
      } catch (OverlappingFileLockException e) {
        // held through another channel of this grader
      }
      if (channel != null) {
        channel.close();
      }
      held.remove(uid);
    }
    throw new IOException("all " + COUNT + " run uids from " + FIRST + " are in use");
  }
}

package parproc.grader.runs.isolation;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Copies a submission's folder without following symbolic links: only regular files and
 * folders are copied, so a link to the answers (or to anything else) is never read through.
 */
public final class PrivateCopy {

  /** Folders that never hold a submission's programs, and may be large. */
  private static final Set<String> SKIPPED = Set.of(".git", "__pycache__", ".venv", "node_modules");

  /** The most a submission may hold; more is refused, so that a copy per run stays cheap. */
  public static final long MAX_BYTES = 32L << 20;

  private PrivateCopy() {}

  /** What was copied and what was left out. */
  public record Copied(Path folder, List<String> links) {}

  /**
   * Copies {@code from} into the new folder {@code to}; with a uid, everything copied is
   * owned by it and readable by it alone.
   */
  public static Copied copy(Path from, Path to, Integer uid) throws IOException {
    List<String> links = new ArrayList<>();
    long[] total = {0};
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(from) && SKIPPED.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Path target = to.resolve(from.relativize(dir).toString());
        Files.createDirectories(target);
        own(target, uid, "rwx------");
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isSymbolicLink()) {
          links.add(from.relativize(file).toString());
        } else if (attrs.isRegularFile()) {
          total[0] += attrs.size();
          if (total[0] > MAX_BYTES) {
            throw new IOException(from + " holds more than " + (MAX_BYTES >> 20) + " MiB of files");
          }
          Path target = to.resolve(from.relativize(file).toString());
          Files.copy(file, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.REPLACE_EXISTING);
          own(target, uid, "rw-------");
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        // an unreadable entry is left out, like a link
        return FileVisitResult.CONTINUE;
      }
    });
    return new Copied(to, List.copyOf(links));
  }

  /** Gives a path to a uid (when there is one) with the given permissions, never through a link. */
  static void own(Path path, Integer uid, String permissions) throws IOException {
    if (uid == null) {
      return;
    }
    Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(path, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
  }
}

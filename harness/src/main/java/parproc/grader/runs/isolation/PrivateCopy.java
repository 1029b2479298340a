package parproc.grader.runs.isolation;

import java.io.IOException;
import java.nio.file.FileSystemException;
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
import java.util.Optional;
import java.util.Set;
import parproc.grader.os.FileNames;

/**
 * Copies a submission's folder without following symbolic links: only regular files and
 * folders are copied, so a link to the answers (or to anything else) is never read through.
 * What is left out is named, with why, for the student's report.
 */
public final class PrivateCopy {

  /** Folders that never hold a submission's programs, and may be large. */
  private static final Set<String> SKIPPED = Set.of(".git", "__pycache__", ".venv", "node_modules");

  /** The most a submission may hold; more is refused, so that a copy per run stays cheap. */
  public static final long MAX_BYTES = 32L << 20;

  /**
   * Folders nested deeper than this are left out: no exercise needs them, and a chain of folders
   * as deep as a path may be long could not be copied.
   */
  public static final int MAX_DEPTH = 32;

  /** Why a link is left out. */
  public static final String LINK = "a symbolic link, which the grader does not follow";

  private PrivateCopy() {}

  /**
   * An entry of the student's folder left out of the copy, and why, in words for the student.
   *
   * @param name its path in the student's folder, odd bytes of its name written {@code \xff}
   */
  public record LeftOut(String name, String why) {
    @Override
    public String toString() {
      return name + " (" + why + ")";
    }
  }

  /** What was copied and what was left out. */
  public record Copied(Path folder, List<LeftOut> leftOut) {
    public Copied {
      leftOut = List.copyOf(leftOut);
    }
  }

  /**
   * Copies {@code from} into the new folder {@code to}; with a uid, everything copied is
   * owned by it and readable by it alone. Links, names the grader cannot use as text (not UTF-8,
   * or not readable in the JVM's locale), unreadable entries and folders nested deeper than
   * {@link #MAX_DEPTH} are left out, and named.
   */
  public static Copied copy(Path from, Path to, Integer uid) throws IOException {
    List<LeftOut> leftOut = new ArrayList<>();
    long[] total = {0};
    Files.walkFileTree(from, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(from)) {
          if (SKIPPED.contains(dir.getFileName().toString())) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Optional<String> unusable = FileNames.unusable(dir);
          if (unusable.isPresent()) {
            leftOut.add(new LeftOut(shown(dir), unusable.get()));
            return FileVisitResult.SKIP_SUBTREE;
          }
        }
        // Every name above is usable as text, and this one too: resolved as a path, all the same.
        Path target = to.resolve(from.relativize(dir));
        Files.createDirectories(target);
        own(target, uid, "rwx------");
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Optional<String> unusable = FileNames.unusable(file);
        if (attrs.isSymbolicLink()) {
          leftOut.add(new LeftOut(shown(file), LINK));
        } else if (unusable.isPresent()) {
          leftOut.add(new LeftOut(shown(file), unusable.get()));
        } else if (attrs.isDirectory()) {
          leftOut.add(new LeftOut(shown(file), "a folder nested more than " + MAX_DEPTH + " levels deep"));
        } else if (attrs.isRegularFile()) {
          total[0] += attrs.size();
          if (total[0] > MAX_BYTES) {
            throw new IOException(from + " holds more than " + (MAX_BYTES >> 20) + " MiB of files");
          }
          Path target = to.resolve(from.relativize(file));
          Files.copy(file, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.REPLACE_EXISTING);
          own(target, uid, "rw-------");
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        leftOut.add(new LeftOut(shown(file), "could not be read"
            + (e instanceof FileSystemException failure && failure.getReason() != null ? ": " + failure.getReason() : "")));
        return FileVisitResult.CONTINUE;
      }

      /** The entry's path in the student's folder; only its last name can be odd, as no odd folder is entered. */
      private String shown(Path entry) {
        Path relative = from.relativize(entry);
        Path parent = relative.getParent();
        return (parent == null ? "" : parent + "/") + FileNames.shown(entry);
      }
    });
    return new Copied(to, leftOut);
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

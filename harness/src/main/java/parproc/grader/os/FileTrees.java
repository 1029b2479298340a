package parproc.grader.os;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Removes a tree of files, whatever a run left in it: folders nested far deeper than a path may
 * be long (4096 bytes), folders their owner may not read or enter, names that are not UTF-8, and
 * symbolic links, which are removed and never followed. It never throws: it returns what it could
 * not remove.
 *
 * <p>Every step is relative to an open folder ({@link SecureDirectoryStream}: {@code openat},
 * {@code unlinkat}, {@code renameat} with {@code O_NOFOLLOW}), so no path grows with the depth
 * and a link is never opened. A folder that is not empty is emptied by moving each of its own
 * folders up to the top of the tree, under a name of the grader's, and removing everything else:
 * at most two folders are open at a time, however deep the tree.
 */
public final class FileTrees {

  /** The top folder again, opened relative to itself: a fresh listing each pass. */
  private static final Path HERE = Path.of(".");

  /** Folders moved up to the top are named this and a number. */
  private static final String MOVED = ".parproc-removing-";

  /**
   * Passes over the top folder before giving up: one empties a tree, a second finds what a
   * listing changed under it missed; more only while something still goes away.
   */
  private static final int PASSES = 1000;

  private static final Set<PosixFilePermission> OWNER_ALL =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

  private FileTrees() {}

  /**
   * Removes {@code tree} and everything in it; a link is removed itself, never what it points
   * at. Returns what is left, each "path: why"; empty when the tree is gone (or never was).
   */
  public static List<String> delete(Path tree) {
    if (tree == null) {
      return List.of();
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(tree, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException | RuntimeException e) {
      return List.of(tree + ": " + why(e));
    }
    List<String> left = new ArrayList<>();
    if (attributes.isDirectory()) {
      new Emptying(tree, left).run();
    }
    try {
      Files.deleteIfExists(tree);
    } catch (IOException | RuntimeException e) {
      if (left.isEmpty()) {
        left.add(tree + ": " + why(e));
      }
    }
    return List.copyOf(left);
  }

  /** Empties one tree, pass after pass over its top folder. */
  private static final class Emptying {

    private final Path tree;
    private final List<String> left;
    private final Deque<Path> moved = new ArrayDeque<>();
    private int names;

    Emptying(Path tree, List<String> left) {
      this.tree = tree;
      this.left = left;
    }

    void run() {
      permit(tree);
      DirectoryStream<Path> opened;
      try {
        opened = Files.newDirectoryStream(tree);
      } catch (IOException | RuntimeException e) {
        left.add(tree + ": " + why(e));
        return;
      }
      if (!(opened instanceof SecureDirectoryStream<Path> top)) {
        close(opened);
        walk(tree, left);
        return;
      }
      try {
        for (int pass = 0; pass < PASSES; pass++) {
          List<String> failures = new ArrayList<>();
          int done = 0;
          boolean empty = true;
          try (SecureDirectoryStream<Path> listing = top.newDirectoryStream(HERE, LinkOption.NOFOLLOW_LINKS)) {
            for (Path entry : listing) {
              empty = false;
              moved.add(entry.getFileName());
              while (!moved.isEmpty()) {
                done += remove(top, moved.poll(), failures);
              }
            }
          } catch (IOException | RuntimeException e) {
            failures.add(tree + ": " + why(e));
          }
          if (empty && failures.isEmpty()) {
            return;
          }
          if (done == 0) {
            left.addAll(failures);
            return;
          }
        }
        left.add(tree + ": still not empty after " + PASSES + " passes");
      } finally {
        close(top);
      }
    }

    /**
     * Removes the entry {@code name} of the top folder, moving its folders up to the top (they
     * are removed next); returns how many entries went or moved.
     */
    private int remove(SecureDirectoryStream<Path> top, Path name, List<String> failures) {
      Path shown = tree.resolve(name);
      BasicFileAttributes attributes;
      try {
        attributes = top.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            .readAttributes();
      } catch (NoSuchFileException e) {
        return 0;
      } catch (IOException | RuntimeException e) {
        failures.add(describe(shown, e));
        return 0;
      }
      if (!attributes.isDirectory()) {
        return deleteFile(top, name, tree, shown, failures);
      }
      try {
        top.deleteDirectory(name);
        return 1;
      } catch (NoSuchFileException e) {
        return 0;
      } catch (IOException | RuntimeException e) {
        // Not empty, most likely: empty it first.
      }
      int done = 0;
      int failed = failures.size();
      SecureDirectoryStream<Path> folder = open(top, name, shown, failures);
      if (folder == null) {
        return 0;
      }
      try (folder) {
        for (Path entry : folder) {
          Path child = entry.getFileName();
          done += removeOrMove(folder, child, top, shown, failures);
        }
      } catch (IOException | RuntimeException e) {
        failures.add(describe(shown, e));
      }
      try {
        top.deleteDirectory(name);
        done++;
      } catch (NoSuchFileException e) {
        // gone already
      } catch (IOException | RuntimeException e) {
        // What kept the folder is named already, unless nothing was.
        if (done == 0 && failures.size() == failed) {
          failures.add(describe(shown, e));
        }
      }
      return done;
    }

    /** Removes an entry of {@code folder} (at {@code shown}); a folder that is not empty moves to the top. */
    private int removeOrMove(SecureDirectoryStream<Path> folder, Path child, SecureDirectoryStream<Path> top,
        Path shown, List<String> failures) {
      Path childShown = shown.resolve(child);
      BasicFileAttributes attributes;
      try {
        attributes = folder.getFileAttributeView(child, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            .readAttributes();
      } catch (NoSuchFileException e) {
        return 0;
      } catch (IOException | RuntimeException e) {
        failures.add(describe(childShown, e));
        return 0;
      }
      if (!attributes.isDirectory()) {
        return deleteFile(folder, child, shown, childShown, failures);
      }
      try {
        folder.deleteDirectory(child);
        return 1;
      } catch (DirectoryNotEmptyException e) {
        // moved up below
      } catch (AccessDeniedException e) {
        permit(shown);
      } catch (NoSuchFileException e) {
        return 0;
      } catch (IOException | RuntimeException e) {
        // tried once more as a move
      }
      IOException last = null;
      for (int attempt = 0; attempt < 4; attempt++) {
        Path target = Path.of(MOVED + ++names);
        try {
          folder.move(child, top, target);
          moved.add(target);
          return 1;
        } catch (AccessDeniedException e) {
          // Moving a folder rewrites its "..": its owner needs to write it, and the folder it leaves.
          permit(shown);
          permit(childShown);
          last = e;
        } catch (NoSuchFileException e) {
          return 0;
        } catch (IOException e) {
          // A name the tree holds already, as a folder that is not empty or as a file: the next one.
          last = e;
        } catch (RuntimeException e) {
          failures.add(describe(childShown, e));
          return 0;
        }
      }
      failures.add(describe(childShown, last));
      return 0;
    }

    private static int deleteFile(SecureDirectoryStream<Path> folder, Path name, Path folderShown, Path shown,
        List<String> failures) {
      for (int attempt = 0; attempt < 2; attempt++) {
        try {
          folder.deleteFile(name);
          return 1;
        } catch (NoSuchFileException e) {
          return 0;
        } catch (AccessDeniedException e) {
          if (attempt == 0) {
            permit(folderShown);
          } else {
            failures.add(describe(shown, e));
          }
        } catch (IOException | RuntimeException e) {
          failures.add(describe(shown, e));
          return 0;
        }
      }
      return 0;
    }

    /** Opens a folder of the top folder, never through a link, letting its owner in first if need be. */
    private SecureDirectoryStream<Path> open(SecureDirectoryStream<Path> top, Path name, Path shown,
        List<String> failures) {
      for (int attempt = 0; attempt < 2; attempt++) {
        try {
          return top.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
          if (attempt == 0) {
            permit(shown);
          } else {
            failures.add(describe(shown, e));
          }
        } catch (NoSuchFileException e) {
          return null;
        } catch (IOException | RuntimeException e) {
          failures.add(describe(shown, e));
          return null;
        }
      }
      return null;
    }
  }

  /**
   * Gives a folder's owner read, write and search on it, so that the grader (its owner, or root)
   * can empty it. Only a folder is changed (the check does not follow links); its path is at most
   * two names below the top of the tree, so it is short whatever the tree's depth.
   */
  private static void permit(Path folder) {
    try {
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
      if (!permissions.containsAll(OWNER_ALL)) {
        Set<PosixFilePermission> opened = EnumSet.copyOf(OWNER_ALL);
        opened.addAll(permissions);
        Files.setPosixFilePermissions(folder, opened);
      }
    } catch (IOException | RuntimeException e) {
      // The step that needed it says what is left.
    }
  }

  /** Where there is no secure directory stream (not Linux): a walk by paths, links not followed. */
  private static void walk(Path tree, List<String> left) {
    try {
      Files.walkFileTree(tree, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          permit(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          try {
            Files.deleteIfExists(file);
          } catch (IOException | RuntimeException e) {
            left.add(describe(file, e));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          left.add(describe(file, e));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (!dir.equals(tree)) {
            try {
              Files.deleteIfExists(dir);
            } catch (IOException | RuntimeException failure) {
              left.add(describe(dir, failure));
            }
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | RuntimeException e) {
      left.add(describe(tree, e));
    }
  }

  /** A path at most two names below the tree's top, each name shown as {@link FileNames#shown} does. */
  private static String describe(Path path, Exception e) {
    Path parent = path.getParent();
    String text = FileNames.shown(path);
    if (parent != null) {
      Path grandparent = parent.getParent();
      String above = grandparent == null ? "" : grandparent.toString();
      text = above + (above.isEmpty() || above.endsWith("/") ? "" : "/") + FileNames.shown(parent) + "/" + text;
    }
    return text + ": " + why(e);
  }

  private static String why(Exception e) {
    if (e instanceof FileSystemException failure && failure.getReason() != null) {
      return failure.getReason();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "not empty";
    }
    return e == null ? "unknown" : String.valueOf(e.getMessage());
  }

  private static void close(DirectoryStream<Path> stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // nothing was written through it
    }
  }
}

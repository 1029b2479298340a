package parproc.grader.gradebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import parproc.grader.os.FileNames;

/**
 * What {@code --resume} compares: a SHA-256 over the student's submission (every file's path and
 * bytes; a link's target, never followed), grading-config, the grader itself and the options that
 * change a grade. Equal hashes mean grading again would use the same inputs.
 */
public final class ResumeHash {

  private ResumeHash() {}

  /** The grader's fingerprint: the bytes of its jar, or its version when run from classes. */
  public static String graderFingerprint(String version) {
    try {
      Path code = Path.of(ResumeHash.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        MessageDigest sha = sha();
        try (InputStream in = Files.newInputStream(code)) {
          sha.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(sha.digest());
      }
    } catch (Exception e) {
      // No jar to read: the version alone stands for the grader.
    }
    return version;
  }

  public static String of(Path submission, Path config, String grader, String options) throws IOException {
    MessageDigest sha = sha();
    field(sha, "grader", grader);
    field(sha, "options", options);
    tree(sha, "config", config);
    tree(sha, "submission", submission);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void tree(MessageDigest sha, String label, Path root) throws IOException {
    field(sha, label, "");
    List<Path> paths = new ArrayList<>();
    Set<Path> unreadable = new HashSet<>();
    // A walk that never stops at what it cannot read (a folder it may not enter, one nested
    // deeper than a path may be long): that is hashed as such, and grading again reads it the same.
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        paths.add(dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        paths.add(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        paths.add(file);
        unreadable.add(file);
        return FileVisitResult.CONTINUE;
      }
    });
    paths.sort(null);
    for (Path path : paths) {
      // Names by their bytes: two names the JVM's locale reads alike still hash apart.
      String relative = FileNames.shown(root, path).replace('\\', '/');
      if (unreadable.contains(path)) {
        field(sha, "unreadable " + relative, "");
      } else if (Files.isSymbolicLink(path)) {
        field(sha, "link " + relative, Files.readSymbolicLink(path).toString());
      } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(path);
        } catch (IOException e) {
          field(sha, "unreadable " + relative, "");
          continue;
        }
        field(sha, "file " + relative, Long.toString(bytes.length));
        sha.update(bytes);
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        field(sha, "folder " + relative, "");
      }
    }
  }

  private static void field(MessageDigest sha, String name, String value) {
    byte[] bytes = (name + "=" + value).getBytes(StandardCharsets.UTF_8);
    sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

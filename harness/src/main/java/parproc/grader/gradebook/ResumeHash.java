package parproc.grader.gradebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

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
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted().toList();
    }
    for (Path path : paths) {
      String relative = root.relativize(path).toString().replace('\\', '/');
      if (Files.isSymbolicLink(path)) {
        field(sha, "link " + relative, Files.readSymbolicLink(path).toString());
      } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        field(sha, "file " + relative, Long.toString(Files.size(path)));
        sha.update(Files.readAllBytes(path));
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

package parproc.grader.gradebook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The K-th of N slices of a class. A student belongs to one slice, chosen from a hash of the
 * folder name: stable when students are added or removed, and the same on every machine.
 */
public record Shard(int index, int count) {

  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, e.g. 2/4");
    }
  }

  /** Reads "K/N"; a malformed value is an {@link IllegalArgumentException} saying what is expected. */
  public static Shard parse(String text) {
    String[] parts = text.trim().split("/", -1);
    try {
      if (parts.length == 2) {
        return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (IllegalArgumentException e) {
      // Said below.
    }
    throw new IllegalArgumentException("--shard expects K/N with 1 <= K <= N, e.g. 2/4; found '" + text + "'");
  }

  public boolean holds(String student) {
    return count == 1 || sliceOf(student, count) == index;
  }

  /** The slice, from 1, that holds a student among {@code count}. */
  static int sliceOf(String student, int count) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(student.getBytes(StandardCharsets.UTF_8));
      return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), count) + 1;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}

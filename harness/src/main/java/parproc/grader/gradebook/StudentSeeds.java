package parproc.grader.gradebook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Each student's seed, from the class seed and the student's folder name only, so a student's
 * grading can be repeated alone ({@code ./grade DIR --seed N}) and does not depend on who else is
 * in the class, in which shard, or in what order.
 */
public final class StudentSeeds {

  private StudentSeeds() {}

  /** A 48-bit seed, the range the grader prints and accepts. */
  public static long of(long classSeed, String student) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Long.toString(classSeed).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(student.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(sha.digest()).getLong() & 0xFFFF_FFFF_FFFFL;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

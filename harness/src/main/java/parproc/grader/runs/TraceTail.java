package parproc.grader.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A run's trace, read as it grows from a file the grader made and opened before the run began,
 * in a folder the run cannot reach: the run writes to it only through the descriptor it was
 * handed, so the grader never opens a path the run could have replaced (with a link, a FIFO or a
 * device), and no read of it can block. What the run can still do through that descriptor, cut
 * the file or write over what it held, is seen here: the file is never shorter than what was
 * read, and the last bytes read are still there at each read.
 */
public final class TraceTail implements AutoCloseable {

  /** The bytes read before the end that each read checks are still there. */
  static final int CHECKED_BYTES = 64;

  private final FileChannel channel;
  private final long limit;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private final List<String> lines = new ArrayList<>();
  private List<String> fresh = List.of();
  private long offset;
  private byte[] lastRead = new byte[0];
  private boolean truncated;
  private String tampered;

  private TraceTail(FileChannel channel, long limit) {
    this.channel = channel;
    this.limit = limit;
  }

  /** Opens the trace at {@code file}, which the grader made, to read at most {@code limit} bytes of it. */
  public static TraceTail open(Path file, long limit) throws IOException {
    return new TraceTail(FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS), limit);
  }

  /**
   * Reads what the run wrote since the last read: the whole records among it become {@link
   * #fresh()} (a record half written waits for the next read). Stops reading for good once the
   * file was cut or rewritten, or grew past its limit.
   */
  public List<String> read() {
    fresh = List.of();
    if (tampered != null || truncated) {
      return fresh;
    }
    try {
      long size = channel.size();
      if (size < offset) {
        tampered = String.format(Locale.ROOT, "the grader's record of this run was cut from %,d bytes to %,d while"
            + " it ran", offset, size);
        return fresh;
      }
      if (!stillThere()) {
        tampered = "the grader's record of this run was written over while it ran";
        return fresh;
      }
      long end = Math.min(size, limit);
      if (end > offset) {
        ByteBuffer buffer = ByteBuffer.allocate((int) (end - offset));
        while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
          // read until the buffer is full or the file ends
        }
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.position());
        offset += bytes.length;
        partial.write(bytes);
        lastRead = Arrays.copyOfRange(bytes, Math.max(0, bytes.length - CHECKED_BYTES), bytes.length);
        if (lastRead.length < CHECKED_BYTES && offset > lastRead.length) {
          lastRead = tail(CHECKED_BYTES);
        }
      }
      truncated = size > limit;
      fresh = wholeRecords();
      lines.addAll(fresh);
    } catch (IOException e) {
      tampered = "the grader's record of this run could not be read: " + e.getMessage();
    }
    return fresh;
  }

  /** Whether the bytes read last are still where they were. */
  private boolean stillThere() throws IOException {
    return lastRead.length == 0 || Arrays.equals(tail(lastRead.length), lastRead);
  }

  private byte[] tail(int count) throws IOException {
    int length = (int) Math.min(count, offset);
    ByteBuffer buffer = ByteBuffer.allocate(length);
    long at = offset - length;
    while (buffer.hasRemaining() && channel.read(buffer, at + buffer.position()) > 0) {
      // a short read of a file that was not cut cannot happen; a cut one ends the loop
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  private List<String> wholeRecords() {
    byte[] pending = partial.toByteArray();
    int end = pending.length - 1;
    while (end >= 0 && pending[end] != '\n') {
      end--;
    }
    if (end < 0) {
      return List.of();
    }
    List<String> whole = new String(pending, 0, end, StandardCharsets.UTF_8).lines().toList();
    partial.reset();
    partial.write(pending, end + 1, pending.length - end - 1);
    return whole;
  }

  /** The whole records that arrived at the last read. */
  public List<String> fresh() {
    return fresh;
  }

  /** Whether the run wrote more since the last read: a record may be on its way. */
  public boolean grownSinceRead() {
    try {
      return tampered == null && !truncated && channel.size() != offset;
    } catch (IOException e) {
      return true;
    }
  }

  /** Every whole record read so far. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Whether the trace grew past its limit, so that records after it were not read. */
  public boolean truncated() {
    return truncated;
  }

  /** What the run was seen doing to its trace, or null. */
  public String tampered() {
    return tampered;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // read-only: nothing is lost
    }
  }
}

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
import java.util.List;

/**
 * The kernel witness's record of a run, read as the supervisor writes it (see parproc-enter.c):
 * which process is the program, and when it ended, are read while the run is live; the whole
 * record once it has ended. The supervisor runs as root and writes into the grader's own folder,
 * out of the run's reach.
 */
public final class WitnessTail implements AutoCloseable {

  /** The most of a record read: the supervisor stops a run whose record grows past its own limit. */
  static final long LIMIT = 80L << 20;

  private final FileChannel channel;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private final List<String> lines = new ArrayList<>();
  private long offset;
  private long program = -1;
  private Integer programStatus;

  private WitnessTail(FileChannel channel) {
    this.channel = channel;
  }

  /** Opens the record the grader made for the supervisor to write. */
  public static WitnessTail open(Path file) throws IOException {
    return new WitnessTail(FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
  }

  /** Reads what the supervisor wrote since the last read. */
  public void read() {
    try {
      long end = Math.min(channel.size(), LIMIT);
      while (end > offset) {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(end - offset, 1 << 20));
        int read = channel.read(buffer, offset);
        if (read <= 0) {
          break;
        }
        offset += read;
        partial.write(buffer.array(), 0, read);
      }
    } catch (IOException e) {
      return;
    }
    byte[] pending = partial.toByteArray();
    int last = pending.length - 1;
    while (last >= 0 && pending[last] != '\n') {
      last--;
    }
    if (last < 0) {
      return;
    }
    for (String line : new String(pending, 0, last, StandardCharsets.US_ASCII).split("\n")) {
      take(line);
    }
    partial.reset();
    partial.write(pending, last + 1, pending.length - last - 1);
  }

  private void take(String line) {
    lines.add(line);
    String[] fields = line.split(" ");
    if (fields[0].equals("S") && fields.length >= 3 && program < 0) {
      program = Long.parseLong(fields[2]);
    } else if (fields[0].equals("X") && fields.length >= 5 && Long.parseLong(fields[2]) == program) {
      programStatus = Integer.parseInt(fields[4]);
    }
  }

  /** The program's pid, once the supervisor has started it; -1 before. */
  public long program() {
    return program;
  }

  /** The program's exit status (128+n for signal n) once it has ended; null while it runs. */
  public Integer programStatus() {
    return programStatus;
  }

  /** Every whole line read. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // read-only
    }
  }
}

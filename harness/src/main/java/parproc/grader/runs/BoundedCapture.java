package parproc.grader.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream to its end, keeping at most {@code limit} bytes. It keeps reading past the
 * limit, so that a program printing without end is not blocked on a full pipe (it is stopped by
 * the time limit instead, or, past a flood limit, at once).
 */
final class BoundedCapture implements Runnable {

  private final InputStream in;
  private final int limit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private volatile boolean truncated;
  private final long flood;
  private final Runnable onFlood;
  private long total;
  private volatile boolean flooded;

  BoundedCapture(InputStream in, int limit) {
    this(in, limit, Long.MAX_VALUE, () -> { });
  }

  /** Calls {@code onFlood} once, when more than {@code flood} bytes have been read in all. */
  BoundedCapture(InputStream in, int limit, long flood, Runnable onFlood) {
    this.in = in;
    this.limit = limit;
    this.flood = flood;
    this.onFlood = onFlood;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[8192];
    try (in) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        synchronized (kept) {
          int room = limit - kept.size();
          if (room > 0) {
            kept.write(buffer, 0, Math.min(room, read));
          }
          if (read > room) {
            truncated = true;
          }
        }
        total += read;
        if (total > flood && !flooded) {
          flooded = true;
          onFlood.run();
        }
      }
    } catch (IOException e) {
      // The stream was closed under us after the run ended: what was read is kept.
    }
  }

  byte[] bytes() {
    synchronized (kept) {
      return kept.toByteArray();
    }
  }

  boolean truncated() {
    return truncated;
  }

  /** True when more than the flood limit was written. */
  boolean flooded() {
    return flooded;
  }

  void close() {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to read
    }
  }
}

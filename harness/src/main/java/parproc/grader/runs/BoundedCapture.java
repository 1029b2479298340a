package parproc.grader.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream to its end, keeping at most {@code limit} bytes. It keeps reading past the
 * limit, so that a program printing without end is not blocked on a full pipe (it is stopped by
 * the time limit instead).
 */
final class BoundedCapture implements Runnable {

  private final InputStream in;
  private final int limit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private volatile boolean truncated;

  BoundedCapture(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
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

  void close() {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to read
    }
  }
}

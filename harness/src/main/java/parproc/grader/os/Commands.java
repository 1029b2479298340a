package parproc.grader.os;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Short helper commands the grader runs for its own set-up and clean-up (mount, ipcrm, cc). */
public final class Commands {

  private Commands() {}

  /**
   * Runs a helper command as {@code builder} sets it up, with no input and its output discarded:
   * whether it exited 0 within {@code seconds} (else it is killed).
   */
  public static boolean succeeds(ProcessBuilder builder, long seconds) {
    try {
      Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      process.getOutputStream().close();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

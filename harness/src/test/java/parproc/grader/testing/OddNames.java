package parproc.grader.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Files with names Java cannot make: bytes that are not UTF-8, or (in the POSIX locale) any name
 * outside ASCII. Python makes them from bytes.
 */
public final class OddNames {

  private OddNames() {}

  /** Runs Python statements in {@code folder}, such as {@code open(b'bad\xff.txt', 'wb')}. */
  public static void make(Path folder, String python) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("python3", "-c", python).directory(folder.toFile())
        .redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(printed).isZero();
  }
}

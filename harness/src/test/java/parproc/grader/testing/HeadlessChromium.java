package parproc.grader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, for tests that look at a page as a browser renders it: the DOM
 * after the load event, and screenshots. Each call starts one browser with a fresh profile in a
 * temporary folder and ends only that browser and the processes it started.
 */
public final class HeadlessChromium {

  private static final Path DEFAULT = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 90;

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /**
   * The browser, or a skipped test where it is not installed. In CI ({@code CI=true}) a missing
   * browser fails the test instead: CI installs it, so its absence there is a broken build.
   */
  public static HeadlessChromium require() {
    Path executable = locate();
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (executable == null) {
      String reason = "headless Chromium is not installed (apt-get install -y chromium); page tests need it";
      if (ci) {
        throw new AssertionError(reason + ", and CI=true: .ci/run should have installed it");
      }
      Assumptions.assumeTrue(false, reason);
    }
    return new HeadlessChromium(executable);
  }

  private static Path locate() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
      return Path.of(configured);
    }
    if (Files.isExecutable(DEFAULT)) {
      return DEFAULT;
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String folder : path.split(":")) {
        Path candidate = Path.of(folder, "chromium");
        if (!folder.isEmpty() && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** The page's DOM, serialized after its load event. */
  public String dumpDom(Path page) {
    return run(List.of("--dump-dom", page.toUri().toString()), page).stdout();
  }

  /** The page's DOM, serialized after its load event, laid out in a window {@code width} pixels wide. */
  public String dumpDom(Path page, int width, int height) {
    return run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--dump-dom",
        page.toUri().toString()), page).stdout();
  }

  /** A screenshot of the page's top {@code width} x {@code height} pixels, as a PNG. */
  public void screenshot(Path page, Path png, int width, int height) {
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.deleteIfExists(png);
    } catch (IOException e) {
      throw new IllegalStateException("cannot prepare " + png, e);
    }
    run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()), page);
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("Chromium made no screenshot of " + page);
    }
  }

  /** What one browser run printed. */
  record Result(int exitCode, String stdout, String stderr) {}

  private Result run(List<String> arguments, Path page) {
    if (!Files.isRegularFile(page)) {
      throw new IllegalArgumentException("no page at " + page);
    }
    Path folder = temporaryFolder("parproc-chromium-");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-sync", "--mute-audio", "--timeout=30000",
        "--user-data-dir=" + folder.resolve("profile")));
    command.addAll(arguments);
    Path stdout = folder.resolve("stdout");
    Path stderr = folder.resolve("stderr");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    // A fresh HOME keeps the browser from reading or writing the user's own configuration.
    builder.environment().put("HOME", folder.toString());
    Process process = null;
    try {
      process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s on " + page);
      }
      Result result = new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
      if (result.exitCode() != 0) {
        throw new AssertionError("Chromium exited with " + result.exitCode() + " on " + page + ":\n" + result.stderr());
      }
      return result;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + executable, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Chromium ran", e);
    } finally {
      if (process != null) {
        end(process);
      }
      delete(folder);
    }
  }

  /** Ends the browser this helper started and whatever it started, by their process handles. */
  private static void end(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new IllegalStateException("cannot make a temporary folder", e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary folder is harmless.
    }
  }
}

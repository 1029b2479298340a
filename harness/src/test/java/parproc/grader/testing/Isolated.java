package parproc.grader.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import parproc.grader.os.OperatingSystem;
import parproc.grader.os.ProcessTable;

/** What tests need to know about the isolation of runs on this machine, and what runs left behind. */
public final class Isolated {

  private static final ProcessTable TABLE = OperatingSystem.current().processTable();

  private Isolated() {}

  /** True when the tests run as root, so the grader isolates runs with uids and cgroups. */
  public static boolean asRoot() {
    return TABLE.find(ProcessHandle.current().pid()).map(e -> e.uid() == 0).orElse(false);
  }

  /**
   * Processes a run left running, by any grader: live processes started with a run's
   * environment (PARPROC_RUN) whose home, the run's private copy, is already removed. Waits up
   * to two seconds for processes being killed to go.
   */
  public static List<String> leftovers() {
    List<String> left = List.of();
    for (int attempt = 0; attempt < 20; attempt++) {
      left = scan();
      if (left.isEmpty()) {
        return left;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return left;
      }
    }
    return left;
  }

  /** Whether process {@code pid} ends (or is a zombie) within {@code seconds}. */
  public static boolean endsWithin(long pid, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (TABLE.find(pid).map(ProcessTable.Entry::running).orElse(false)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private static List<String> scan() {
    List<String> left = new ArrayList<>();
    for (ProcessTable.Entry entry : TABLE.all()) {
      if (!entry.running()) {
        continue;
      }
      String environ = TABLE.environment(entry.pid());
      if (!environ.contains("PARPROC_RUN=")) {
        continue;
      }
      String home = Stream.of(environ.split("\0")).filter(v -> v.startsWith("HOME=")).map(v -> v.substring(5))
          .findFirst().orElse("");
      if (!home.isEmpty() && !Files.exists(Path.of(home))) {
        left.add(entry.pid() + " uid " + entry.uid() + " home " + home);
      }
    }
    return left;
  }
}

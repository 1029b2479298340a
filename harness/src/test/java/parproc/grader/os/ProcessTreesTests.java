package parproc.grader.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk of a started process's tree: real processes this test starts (the JDK must find their
 * handles and descendants), with sessions, environments and start times from a folder laid out as
 * procfs, so each can be placed in or out of the run.
 */
class ProcessTreesTests {

  private static final String MARKER = "PARPROC_RUN=0a1b2c";
  private static final long SINCE = 1000;

  @TempDir
  Path folder;

  private final List<ProcessHandle> started = new ArrayList<>();

  @AfterEach
  void stopWhatWasStarted() {
    // Only processes this test started, each by its own handle.
    started.forEach(ProcessHandle::destroyForcibly);
  }

  private ProcessHandle start(String... command) throws IOException {
    ProcessHandle handle = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().toHandle();
    started.add(handle);
    return handle;
  }

  private ProcessHandle sleeper() throws IOException {
    return start("sleep", "60");
  }

  /** The only child of a shell that waits for it, once the JDK sees it. */
  private ProcessHandle childOf(ProcessHandle shell) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Optional<ProcessHandle> child = shell.children().findFirst();
      if (child.isPresent()) {
        started.add(child.get());
        return child.get();
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("the shell started no child");
  }

  @Test
  void aRunIsItsProcessItsDescendantsItsSessionAndTheProcessesCarryingItsMarker() throws Exception {
    ProcessHandle top = start("sh", "-c", "sleep 60 & wait");
    ProcessHandle descendant = childOf(top);
    ProcessHandle sessionMate = sleeper();
    ProcessHandle orphan = sleeper();
    ProcessHandle earlier = sleeper();
    ProcessHandle stranger = sleeper();
    ProcessHandle zombie = sleeper();
    // The run's processes and its neighbours, as the process table shows them to the walk.
    FakeProcfs procfs = new FakeProcfs(folder)
        .process(top.pid(), "sh", 'S', 1, top.pid(), SINCE)
        .process(sessionMate.pid(), "python3", 'S', 1, top.pid(), SINCE + 10)
        .process(orphan.pid(), "python3", 'S', 1, orphan.pid(), SINCE + 20).environ(orphan.pid(), "HOME=/x", MARKER)
        .process(earlier.pid(), "python3", 'S', 1, earlier.pid(), SINCE - 1).environ(earlier.pid(), MARKER)
        .process(stranger.pid(), "python3", 'S', 1, stranger.pid(), SINCE + 30).environ(stranger.pid(), "HOME=/x")
        .process(zombie.pid(), "python3", 'Z', 1, top.pid(), SINCE + 40).environ(zombie.pid(), MARKER);

    List<ProcessHandle> members = procfs.linux().processTrees().members(top, MARKER, SINCE);

    assertThat(members).extracting(ProcessHandle::pid)
        .containsExactlyInAnyOrder(top.pid(), descendant.pid(), sessionMate.pid(), orphan.pid());
  }

  @Test
  void onceTheLeaderIsGoneItsSessionNoLongerCountsButTheMarkerDoes() throws Exception {
    ProcessHandle top = sleeper();
    ProcessHandle sessionMate = sleeper();
    ProcessHandle orphan = sleeper();
    // A leader, one process in its session, and one carrying the marker outside it.
    FakeProcfs procfs = new FakeProcfs(folder)
        .process(top.pid(), "sleep", 'S', 1, top.pid(), SINCE)
        .process(sessionMate.pid(), "python3", 'S', 1, top.pid(), SINCE + 10)
        .process(orphan.pid(), "python3", 'S', 1, orphan.pid(), SINCE + 20).environ(orphan.pid(), MARKER);
    ProcessTrees trees = procfs.linux().processTrees();

    trees.kill(top);

    assertThat(top.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    assertThat(trees.members(top, MARKER, SINCE)).extracting(ProcessHandle::pid).containsExactly(orphan.pid());
  }

  @Test
  void aMemberTheTableShowsEndedIsLeftOut() throws Exception {
    ProcessHandle top = sleeper();
    // The started process, still there for the JDK, but a zombie in the table.
    FakeProcfs procfs = new FakeProcfs(folder)
        .process(top.pid(), "sleep", 'Z', 1, top.pid(), SINCE).status(top.pid(), 0, "0", "0", "0");

    assertThat(procfs.linux().processTrees().members(top, MARKER, SINCE)).isEmpty();
  }
}

package parproc.grader.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live run's processes read from a folder laid out as procfs: which are the run's, and what each waits for. */
class RunProcessesTests {

  private static final long GRADER = 400;
  private static final long ROOT = 500;

  @TempDir
  Path folder;

  /** A run (its root, a child, a grandchild that left the session, an orphan in it, 504 traced) beside a stranger. */
  private FakeProcfs aRunAndItsNeighbours() {
    return new FakeProcfs(folder)
        .process(GRADER, "java", 'S', 1, GRADER, 100)
        .process(ROOT, "python3", 'S', GRADER, ROOT, 200)
        .process(501, "python3", 'S', ROOT, ROOT, 210)
        .process(502, "python3", 'S', 501, 502, 220)
        .process(503, "python3", 'S', 1, ROOT, 230)
        .process(504, "python3", 'S', 1, 504, 240)
        .process(505, "sleep", 'S', 1, 505, 250);
  }

  private static Optional<RunProcesses> read(FakeProcfs procfs, Long... traced) {
    return procfs.linux().processTable().ofRun(ROOT, List.of(traced));
  }

  @Test
  void theRunIsItsSessionTheDescendantsOfItsRootAndTheTracedPids() {
    Optional<RunProcesses> run = read(aRunAndItsNeighbours(), ROOT, 504L, 506L);

    assertThat(run).get().extracting(table -> table.processes().keySet())
        .isEqualTo(Set.of(ROOT, 501L, 502L, 503L, 504L));
  }

  @Test
  void eachProcessCarriesWhereItSleepsAndWhetherASignalIsOnItsWay() {
    FakeProcfs procfs = aRunAndItsNeighbours()
        .wchan(ROOT, "do_wait").status(ROOT, 0, "0000000000000000", "0000000000000000", "0000000180000002")
        .wchan(501, "pipe_read").status(501, 0, "0000000000000000", "0000000000004000", "0000000000000002")
        .wchan(502, "futex_wait_queue").status(502, 0, "0000000000000100", "0000000000000000", "0000000000002002");

    RunProcesses run = read(procfs).orElseThrow();

    assertThat(run.get(ROOT))
        .contains(new RunProcesses.Proc(ROOT, GRADER, ROOT, 'S', "do_wait", false, 0x1_8000_0002L));
    assertThat(run.get(501)).contains(new RunProcesses.Proc(501, ROOT, ROOT, 'S', "pipe_read", true, 0x2L));
    assertThat(run.get(502)).contains(new RunProcesses.Proc(502, 501, 502, 'S', "futex_wait_queue", true, 0x2002L));
  }

  @Test
  void anUnreadableStatusReadsAsCatchingEverySignal() {
    RunProcesses run = read(aRunAndItsNeighbours()).orElseThrow();

    assertThat(run.get(503)).contains(new RunProcesses.Proc(503, 1, ROOT, 'S', "", false, -1L));
  }

  @Test
  void aCommWithSpacesAndParenthesesIsSkippedToTheFieldsAfterItsLastParenthesis() {
    FakeProcfs procfs = aRunAndItsNeighbours().process(501, "x) R 1 2 3 (y", 'D', ROOT, ROOT, 210);

    RunProcesses run = read(procfs).orElseThrow();

    assertThat(run.get(501)).map(RunProcesses.Proc::state).contains('D');
    assertThat(run.get(501)).map(RunProcesses.Proc::ppid).contains(ROOT);
  }

  @Test
  void aZombieIsInTheTableButNotLive() {
    FakeProcfs procfs = aRunAndItsNeighbours().process(501, "python3", 'Z', ROOT, ROOT, 210);

    RunProcesses run = read(procfs).orElseThrow();

    assertThat(run.get(501)).isPresent();
    assertThat(run.live(501)).isFalse();
    assertThat(run.liveProcesses()).extracting(RunProcesses.Proc::pid).containsExactly(ROOT, 502L, 503L);
  }

  @Test
  void aProcessThatVanishedWhileListedIsLeftOutAndSoAreItsChildrenThroughIt() {
    FakeProcfs procfs = new FakeProcfs(folder)
        .process(ROOT, "python3", 'S', GRADER, ROOT, 200)
        .vanished(501)
        .process(502, "python3", 'S', 501, 502, 220);

    RunProcesses run = read(procfs).orElseThrow();

    assertThat(run.processes().keySet()).containsExactly(ROOT);
  }

  @Test
  void aStatTooShortForAStartTimeStillCountsHere() {
    FakeProcfs procfs = new FakeProcfs(folder).write(ROOT + "/stat", ROOT + " (python3) S 400 500 500 34816\n");

    RunProcesses run = read(procfs).orElseThrow();

    assertThat(run.get(ROOT)).contains(new RunProcesses.Proc(ROOT, GRADER, ROOT, 'S', "", false, -1L));
  }

  @Test
  void aMalformedStatLeavesNothingToJudge() {
    FakeProcfs procfs = aRunAndItsNeighbours().write("505/stat", "505 (sleep) S one 505 505 0 0\n");

    assertThat(read(procfs, ROOT)).isEmpty();
  }

  @Test
  void withoutTheGradersOwnFolderItIsNoProcfs() throws Exception {
    FakeProcfs procfs = aRunAndItsNeighbours();
    Files.delete(procfs.root().resolve("self"));

    assertThat(read(procfs, ROOT)).isEmpty();
  }
}

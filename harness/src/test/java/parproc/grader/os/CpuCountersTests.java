package parproc.grader.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine's CPU counters read from a stat file laid out as procfs's. */
class CpuCountersTests {

  @TempDir
  Path folder;

  /** A two-core machine's stat file: the machine's line, a line per core, then other counters. */
  private CpuCounters twoCores(String machineLine) {
    return new FakeProcfs(folder).write("stat", machineLine + "\n"
        + "cpu0 60 0 30 400 20 0 0 0 0 0\ncpu1 40 0 20 400 30 0 0 0 0 0\n"
        + "intr 123456 9 0 0\nctxt 987654\nbtime 1700000000\nprocesses 4242\n").linux().cpuCounters();
  }

  @Test
  void theMachineLineCountsIdleAndIowaitAsIdle() {
    assertThat(twoCores("cpu  100 0 50 800 50 0 0 0 0 0").sinceBoot()).contains(new CpuCounters.Ticks(850, 1000));
    assertThat(twoCores("cpu  150 0 50 900 100 0 0 0 0 0").sinceBoot()).contains(new CpuCounters.Ticks(1000, 1200));
  }

  @Test
  void stealIsCountedAndGuestTimeIsNotCountedTwice() {
    // user nice system idle iowait irq softirq steal guest guest_nice: guest is counted in user already.
    assertThat(twoCores("cpu  100 0 50 800 50 3 2 7 30 40").sinceBoot()).contains(new CpuCounters.Ticks(850, 1012));
  }

  @Test
  void theCoresAreTheLinesOfEachCore() {
    assertThat(twoCores("cpu  100 0 50 800 50 0 0 0 0 0").cores()).hasValue(2);
  }

  @Test
  void aFirstLineThatIsNotTheMachinesGivesNoCounters() {
    assertThat(twoCores("cpu0 100 0 50 800 50 0 0 0 0 0").sinceBoot()).isEmpty();
  }

  @Test
  void withoutAStatFileThereAreNoCounters() {
    CpuCounters counters = new FakeProcfs(folder).linux().cpuCounters();

    assertThat(counters.sinceBoot()).isEmpty();
    assertThat(counters.cores()).isEmpty();
  }
}

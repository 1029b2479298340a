package parproc.grader.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linux's process table read from a folder laid out as procfs: each process, its owner, its environment. */
class ProcessTableTests {

  private static final int RUN_UID = 1_700_123;

  @TempDir
  Path folder;

  /** A grader, a python whose comm holds spaces and ')', a zombie, a vanished pid, and the kernel's own files. */
  private FakeProcfs aRun() {
    return new FakeProcfs(folder)
        .process(4200, "java", 'S', 1, 4200, 1000)
        .status(4200, 0, "0000000000000000", "0000000000000000", "0000000000000000")
        .process(4242, "python3 (a) b)", 'S', 4200, 4242, 987_654)
        .status(4242, RUN_UID, "0000000000000000", "0000000000000000", "0000000180000002")
        .environ(4242, "PARPROC_RUN=0a1b", "HOME=/tmp/pp-1/1/work/alice")
        .process(4243, "python3", 'Z', 4242, 4242, 987_700)
        .vanished(4244)
        .write("stat", "cpu  1 2 3 4 5 6 7 8 9 10\n")
        .write("sys/kernel/pid_max", "4194304\n");
  }

  /** The uid that owns the fake's folders: the one the tests run as. */
  private int owner() throws IOException {
    return (int) Files.getAttribute(folder, "unix:uid");
  }

  @Test
  void aCommWithSpacesAndParenthesesIsSkippedToTheFieldsAfterItsLastParenthesis() {
    ProcessTable table = aRun().linux().processTable();

    assertThat(table.find(4242)).contains(new ProcessTable.Entry(4242, 4200, 4242, 'S', 987_654, RUN_UID));
  }

  @Test
  void findTakesTheRealUidFromStatus() {
    ProcessTable table = aRun().linux().processTable();

    assertThat(table.find(4200)).map(ProcessTable.Entry::uid).contains(0);
  }

  @Test
  void findFindsNothingWithoutAStatusOrAStat() {
    ProcessTable table = aRun().linux().processTable();

    assertThat(table.find(4243)).as("a zombie without status").isEmpty();
    assertThat(table.find(4244)).as("vanished").isEmpty();
    assertThat(table.find(9999)).as("never there").isEmpty();
  }

  @Test
  void allListsEveryProcessZombiesIncludedEachOwnedByTheOwnerOfItsFolder() throws IOException {
    List<ProcessTable.Entry> all = aRun().linux().processTable().all();

    int owner = owner();
    assertThat(all).containsExactlyInAnyOrder(
        new ProcessTable.Entry(4200, 1, 4200, 'S', 1000, owner),
        new ProcessTable.Entry(4242, 4200, 4242, 'S', 987_654, owner),
        new ProcessTable.Entry(4243, 4242, 4242, 'Z', 987_700, owner));
    assertThat(all).filteredOn(ProcessTable.Entry::running).extracting(ProcessTable.Entry::pid)
        .containsExactlyInAnyOrder(4200L, 4242L);
  }

  @Test
  void aStatTooShortToHoldAStartTimeIsNoEntryOfTheTable() {
    // A stat line that ends before its start time.
    ProcessTable table = new FakeProcfs(folder).write("77/stat", "77 (sh) S 1 77 77\n")
        .status(77, 0, "0", "0", "0").linux().processTable();

    assertThat(table.all()).isEmpty();
    assertThat(table.find(77)).isEmpty();
  }

  @Test
  void aLiveProcessRunsAsTheUidThatOwnsItsFolder() throws IOException {
    ProcessTable table = aRun().linux().processTable();

    assertThat(table.anyRunningAs(owner())).isTrue();
    assertThat(table.anyRunningAs(RUN_UID)).as("what status says does not count").isFalse();
  }

  @Test
  void aZombieRunsAsNobody() throws IOException {
    // Nothing but a zombie.
    ProcessTable table = new FakeProcfs(folder).process(4243, "python3", 'Z', 1, 4242, 987_700).linux().processTable();

    assertThat(table.anyRunningAs(owner())).isFalse();
  }

  @Test
  void anEnvironmentIsItsEntriesAsTheyAreOrNothing() {
    ProcessTable table = aRun().linux().processTable();

    assertThat(table.environment(4242)).isEqualTo("PARPROC_RUN=0a1b\0HOME=/tmp/pp-1/1/work/alice\0");
    assertThat(table.environment(4200)).isEmpty();
    assertThat(table.environment(4244)).isEmpty();
  }

  @Test
  void withoutAProcessFolderEveryReaderFindsNothing() {
    ProcessTable table = Linux.at(folder.resolve("no-procfs"), folder.resolve("no-cgroups")).processTable();

    assertThat(table.all()).isEmpty();
    assertThat(table.find(1)).isEmpty();
    assertThat(table.anyRunningAs(0)).isFalse();
    assertThat(table.environment(1)).isEmpty();
    assertThat(table.ofRun(1, List.of(1L))).isEmpty();
  }
}

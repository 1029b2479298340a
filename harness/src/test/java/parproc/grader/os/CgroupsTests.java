package parproc.grader.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cgroups of version 1 read and made in folders laid out as the cgroup file system and procfs: the
 * grader's own groups, a run's pair of groups with its caps, and what the kernel counts in them.
 */
class CgroupsTests {

  @TempDir
  Path folder;

  private Path cgroupRoot() {
    return folder.resolve("cgroup");
  }

  /** A container's grader: memory and pids mounted as version 1, the grader in /docker/abc of each, cpu too. */
  private Linux aContainer() throws IOException {
    for (String controller : new String[] {"memory", "pids", "cpu,cpuacct"}) {
      Files.createDirectories(cgroupRoot().resolve(controller).resolve("docker/abc"));
      Files.writeString(cgroupRoot().resolve(controller).resolve("cgroup.procs"), "1\n");
    }
    FakeProcfs procfs = new FakeProcfs(folder.resolve("proc"))
        .write("self/cgroup", "12:pids:/docker/abc\n11:cpu,cpuacct:/docker/abc\n4:memory:/docker/abc\n"
            + "0::/docker/abc\n");
    return Linux.at(procfs.root(), cgroupRoot());
  }

  @Test
  void theParentsAreTheGradersOwnGroups() throws IOException {
    Linux linux = aContainer();

    assertThat(linux.cgroups().parents())
        .contains(new CgroupParents(cgroupRoot().resolve("memory/docker/abc"),
            cgroupRoot().resolve("pids/docker/abc")));
    assertThat(children(cgroupRoot().resolve("memory/docker/abc"))).as("the trial group is removed").isZero();
  }

  @Test
  void aGroupNotMountedHereIsTakenAsTheControllersRoot() throws IOException {
    Linux linux = aContainer();
    Files.delete(cgroupRoot().resolve("pids/docker/abc"));

    assertThat(linux.cgroups().parents()).map(CgroupParents::pids).contains(cgroupRoot().resolve("pids"));
  }

  @Test
  void aControllerNotMountedAsVersionOneGivesNoParents() throws IOException {
    Linux linux = aContainer();
    Files.delete(cgroupRoot().resolve("pids/cgroup.procs"));

    assertThat(linux.cgroups().parents()).isEmpty();
  }

  @Test
  void withoutTheGradersOwnCgroupFileThereAreNoParents() throws IOException {
    Linux linux = aContainer();
    Files.delete(folder.resolve("proc/self/cgroup"));

    assertThat(linux.cgroups().parents()).isEmpty();
  }

  @Test
  void aRunsGroupsAreMadeWithItsCapsUnderTheParents() throws IOException {
    CgroupParents parents = aContainer().cgroups().parents().orElseThrow();

    RunCgroup run = parents.create(512L << 20, 128);

    Path memory = run.joinFiles().get(0).getParent();
    Path pids = run.joinFiles().get(1).getParent();
    assertThat(memory.getParent()).isEqualTo(parents.memory());
    assertThat(pids.getParent()).isEqualTo(parents.pids());
    assertThat(memory.getFileName().toString()).startsWith("parproc-" + ProcessHandle.current().pid() + "-")
        .isEqualTo(pids.getFileName().toString());
    assertThat(run.joinFiles()).containsExactly(memory.resolve("cgroup.procs"), pids.resolve("cgroup.procs"));
    assertThat(memory.resolve("memory.limit_in_bytes")).hasContent("536870912");
    assertThat(pids.resolve("pids.max")).hasContent("128");
  }

  @Test
  void twoRunsNeverShareAGroup() throws IOException {
    CgroupParents parents = aContainer().cgroups().parents().orElseThrow();

    assertThat(parents.create(1, 1).joinFiles()).doesNotContainAnyElementsOf(parents.create(1, 1).joinFiles());
  }

  @Test
  void aNewGroupHasNoMembersNoCapHitAndNoPeak() throws IOException {
    RunCgroup run = aContainer().cgroups().parents().orElseThrow().create(512L << 20, 128);

    assertThat(run.members()).isEmpty();
    assertThat(run.memoryCapHit()).isFalse();
    assertThat(run.processCapHit()).isFalse();
    assertThat(run.peakMemory()).isZero();
  }

  @Test
  void theKernelsCountsAreRead() throws IOException {
    // A run with two members that hit both caps and peaked at 123456789 bytes.
    RunCgroup run = aContainer().cgroups().parents().orElseThrow().create(512L << 20, 128);
    Path memory = run.joinFiles().get(0).getParent();
    Path pids = run.joinFiles().get(1).getParent();
    Files.writeString(pids.resolve("cgroup.procs"), "4242\n4243\n");
    Files.writeString(pids.resolve("pids.events"), "max 3\n");
    Files.writeString(memory.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n");
    Files.writeString(memory.resolve("memory.max_usage_in_bytes"), "123456789\n");

    assertThat(run.members()).containsExactly(4242L, 4243L);
    assertThat(run.processCapHit()).isTrue();
    assertThat(run.memoryCapHit()).isTrue();
    assertThat(run.peakMemory()).isEqualTo(123_456_789L);
  }

  @Test
  void countsOfZeroAreNoCapHit() throws IOException {
    // A run whose counters the kernel wrote, each still 0.
    RunCgroup run = aContainer().cgroups().parents().orElseThrow().create(512L << 20, 128);
    Files.writeString(run.joinFiles().get(1).resolveSibling("pids.events"), "max 0\n");
    Files.writeString(run.joinFiles().get(0).resolveSibling("memory.oom_control"),
        "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n");

    assertThat(run.processCapHit()).isFalse();
    assertThat(run.memoryCapHit()).isFalse();
  }

  @Test
  void removingAnEmptyRunsGroupsLeavesNothing() throws IOException {
    CgroupParents parents = aContainer().cgroups().parents().orElseThrow();
    RunCgroup run = parents.create(512L << 20, 128);
    // The kernel's control files are no entries that keep a group from being removed; the fake's are.
    Files.delete(run.joinFiles().get(0).resolveSibling("memory.limit_in_bytes"));
    Files.delete(run.joinFiles().get(1).resolveSibling("pids.max"));

    run.remove();

    assertThat(children(parents.memory())).isZero();
    assertThat(children(parents.pids())).isZero();
  }

  @Test
  void aRunWhoseGroupsCannotAllBeMadeLeavesNone() throws IOException {
    CgroupParents parents = aContainer().cgroups().parents().orElseThrow();
    CgroupParents broken = new CgroupParents(parents.memory(), folder.resolve("no-such-pids-group"));

    assertThatThrownBy(() -> broken.create(512L << 20, 128)).isInstanceOf(IOException.class);
    assertThat(children(parents.memory())).isZero();
  }

  private static long children(Path group) throws IOException {
    try (Stream<Path> entries = Files.list(group)) {
      return entries.filter(Files::isDirectory).count();
    }
  }
}

package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import parproc.grader.config.RunLimits;
import parproc.grader.runs.HarnessException;
import parproc.grader.runs.ProbeFiles;
import parproc.grader.runs.ProcessRunner;
import parproc.grader.runs.PythonInterpreter;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunPurpose;
import parproc.grader.runs.RunSpec;
import parproc.grader.testing.Isolated;

/**
 * The one-process set-up of runs (parproc-enter): a run cannot tell it from the chain of system
 * tools it replaces, it reports what failed, it ends only its own user's processes, and a helper
 * in the cache that someone other than root could have written is never run.
 */
class NativeSetUpTests {

  /** What a run can see of its own set-up: user, capabilities, limits, namespaces, files. */
  private static final String FACTS = """
      import os, resource, socket
      def facts():
          status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines())
          uid = os.getuid()
          print("user", uid > 0, len(set(os.getresuid() + os.getresgid())) == 1, os.getgroups())
          for key in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb", "NoNewPrivs"):
              print(key, status[key].strip())
          for name in ("RLIMIT_DATA", "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_CORE", "RLIMIT_NPROC"):
              print(name, *resource.getrlimit(getattr(resource, name)))
          print("folder", os.path.basename(os.getcwd()))
          print("interfaces", sorted(name for _, name in socket.if_nameindex()))
          print("pids", len([p for p in os.listdir("/proc") if p.isdigit()]))
          shm = os.statvfs("/dev/shm")
          print("shm", shm.f_blocks * shm.f_frsize, os.access("/dev/shm", os.W_OK))
          print("root", sorted(os.listdir("/")))
          for kind in ("mnt", "net", "ipc"):
              print("namespace", kind, os.readlink("/proc/self/ns/" + kind))
      """;

  private static PythonInterpreter python;
  private static ProbeFiles probe;

  @TempDir
  Path folder;

  @BeforeAll
  static void resolve() throws HarnessException {
    python = PythonInterpreter.resolve("python3");
    probe = ProbeFiles.extract();
  }

  private static Isolation isolation(IsolationMode mode, boolean oneProcess) {
    Assumptions.assumeTrue(Isolated.asRoot(), "isolation needs root");
    try {
      return Isolation.choose(mode, python, probe, oneProcess);
    } catch (HarnessException e) {
      Assumptions.abort("not available here: " + e.getMessage());
      throw new IllegalStateException(e);
    }
  }

  private static boolean compilerPresent() {
    return Files.isExecutable(Path.of("/usr/bin/cc")) || Files.isExecutable(Path.of("/usr/bin/gcc"));
  }

  /** The facts one run prints, with its namespaces named apart (each run has its own). */
  private String facts(IsolationMode mode, boolean oneProcess) throws IOException {
    Isolation isolation = isolation(mode, oneProcess);
    assertThat(isolation.setUp().isPresent()).as("set up in one process").isEqualTo(oneProcess);
    Files.writeString(folder.resolve("prog.py"), FACTS);
    try (ProcessRunner runner = new ProcessRunner(isolation, probe)) {
      RawRun run = runner.run(new RunSpec("x", 0, RunPurpose.GRADED, folder, folder.resolve("prog.py"), "facts", Map.of(), "",
          3, Duration.ofSeconds(60), 1.0, false, 0));
      assertThat(run.exitCode()).as(run.stderrText()).isZero();
      return run.stdoutText();
    } finally {
      isolation.close();
    }
  }

  @ParameterizedTest
  @EnumSource(value = IsolationMode.class, names = {"NAMESPACE", "PERMISSIONS"})
  void aRunSetUpInOneProcessSeesWhatTheChainOfToolsGaveIt(IsolationMode mode) throws IOException {
    Assumptions.assumeTrue(compilerPresent(), "parproc-enter needs a C compiler");
    String grader = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();

    String oneProcess = facts(mode, true);
    String tools = facts(mode, false);

    assertThat(withoutNamespaces(oneProcess)).isEqualTo(withoutNamespaces(tools));
    RunLimits limits = RunLimits.DEFAULTS;
    assertThat(oneProcess).contains("user True True []", "CapInh 0000000000000000", "CapPrm 0000000000000000",
        "CapEff 0000000000000000", "CapBnd 0000000000000000", "CapAmb 0000000000000000", "NoNewPrivs 1",
        "RLIMIT_NOFILE " + limits.openFiles() + " " + limits.openFiles(),
        "RLIMIT_CPU " + limits.cpuSeconds() + " " + limits.cpuSeconds(), "RLIMIT_CORE 0 0",
        "folder " + folder.getFileName());
    if (mode == IsolationMode.NAMESPACE) {
      assertThat(oneProcess).contains("interfaces ['lo']", "pids 1", "shm 67108864 True")
          .doesNotContain("namespace net " + grader).doesNotContain("'home'").doesNotContain("'work'");
    } else {
      assertThat(oneProcess).contains("namespace net " + grader);
    }
  }

  /** The facts without what differs from run to run: the namespaces, the machine's processes. */
  private static String withoutNamespaces(String facts) {
    return facts.replaceAll("(?m)^namespace (mnt|net|ipc) .*$", "namespace $1").replaceAll("(?m)^pids [0-9]{2,}$", "pids many");
  }

  @Test
  void aSetUpThatFailsSaysWhichStepAndExitsWith125() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    Path helper = NativeSetUp.find(folder, Optional.empty()).orElseThrow();

    Process process = new ProcessBuilder(helper.toString(), "--root", folder.resolve("missing").toString(), "--wd", "/",
        "--", "/bin/true").redirectErrorStream(true).start();
    String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(125);
    assertThat(said).isEqualTo("parproc-enter: cannot change the root to " + folder.resolve("missing")
        + ": No such file or directory\n");
  }

  @Test
  void killingAllAsOneUserEndsThatUsersProcessesAndNoOthers() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    Path helper = NativeSetUp.find(folder, Optional.empty()).orElseThrow();
    UidPool uids = new UidPool(Files.createDirectory(folder.resolve("locks")));
    try (UidPool.Lease target = uids.lease(); UidPool.Lease bystander = uids.lease()) {
      Process doomed = sleeper(target.uid());
      Process spared = sleeper(bystander.uid());
      try {
        Process killer = new ProcessBuilder(helper.toString(), "--uid", Integer.toString(target.uid()), "--kill-all")
            .redirectErrorStream(true).start();

        assertThat(killer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(killer.exitValue()).isZero();
        assertThat(doomed.waitFor(10, TimeUnit.SECONDS)).as("the target user's process ended").isTrue();
        assertThat(spared.isAlive()).as("the other user's process lives").isTrue();
      } finally {
        doomed.destroyForcibly();
        spared.destroyForcibly();
      }
    }
  }

  /** A sleeping process of the user, started by this test (and ended by it). */
  private static Process sleeper(int uid) throws IOException {
    String id = Integer.toString(uid);
    return new ProcessBuilder("setpriv", "--reuid=" + id, "--regid=" + id, "--clear-groups", "--", "sleep", "60")
        .redirectErrorStream(true).start();
  }

  @Test
  void aCachedHelperSomeoneElseCouldHaveWrittenIsNeverRun() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    Path cache = Files.createDirectory(folder.resolve("cache"), PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwx------")));
    Path planted = cache.resolve(NativeSetUp.fileName(NativeSetUp.source()));
    Files.writeString(planted, "#!/bin/sh\necho planted\n");
    Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path own = Files.createDirectory(folder.resolve("own"));

    Optional<Path> found = NativeSetUp.find(own, NativeSetUp.rootOnlyCache(cache));

    assertThat(found).hasValueSatisfying(helper -> assertThat(helper).startsWith(own));
    assertThat(Files.readString(planted)).as("left for the machine's owner to see").isEqualTo("#!/bin/sh\necho planted\n");
  }

  @Test
  void aHelperCompiledOnceIsTakenFromTheCacheByTheNextGrading() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    Path cache = folder.resolve("cache");

    Path first = NativeSetUp.find(Files.createDirectory(folder.resolve("first")), NativeSetUp.rootOnlyCache(cache))
        .orElseThrow();
    Path second = NativeSetUp.find(Files.createDirectory(folder.resolve("second")), NativeSetUp.rootOnlyCache(cache))
        .orElseThrow();

    assertThat(first).startsWith(folder.resolve("first"));
    assertThat(second).isEqualTo(cache.resolve(NativeSetUp.fileName(NativeSetUp.source())));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(second))).isEqualTo("rwx------");
    try (var left = Files.list(cache)) {
      assertThat(left).as("no part file left").containsExactly(second);
    }
  }

  @Test
  void aCacheFolderOthersMayWriteIsNotUsed() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot(), "the cache is root's");
    Path open = Files.createDirectory(folder.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThat(NativeSetUp.rootOnlyCache(open)).isEmpty();
    assertThat(NativeSetUp.rootOnlyCache(folder.resolve("made"))).contains(folder.resolve("made"));
  }
}

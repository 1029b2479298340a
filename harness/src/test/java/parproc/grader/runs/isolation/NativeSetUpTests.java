package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
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
import parproc.grader.HarnessException;
import parproc.grader.config.RunLimits;
import parproc.grader.os.OperatingSystem;
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
      import os, resource, signal, socket
      def facts():
          status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines())
          uid = os.getuid()
          print("user", uid > 0, len(set(os.getresuid() + os.getresgid())) == 1, os.getgroups())
          for key in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb", "NoNewPrivs"):
              print(key, status[key].strip())
          for name in ("RLIMIT_DATA", "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_CORE", "RLIMIT_NPROC"):
              print(name, *resource.getrlimit(getattr(resource, name)))
          print("folder", os.path.basename(os.getcwd()), os.environ.get("PWD") == os.getcwd())
          print("environment", sorted(os.environ))
          umask = os.umask(0o22)
          print("umask", oct(umask), "blocked", sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
          print("ignored", [s.name for s in signal.valid_signals() if isinstance(s, signal.Signals) and signal.getsignal(s) == signal.SIG_IGN])
          print("descriptors", sorted(int(fd) for fd in os.listdir("/proc/self/fd")))
          for mount in open("/proc/self/mountinfo"):
              fields = mount.split()
              if fields[4] in ("/", "/dev/shm"):
                  print("mount", fields[4], fields[5], [f for f in fields[6:fields.index("-")] if ":" in f])
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
    return NativeSetUp.compiler().isPresent();
  }

  /** The helper, compiled for this test alone. */
  private Path helper() {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    return NativeSetUp.find(folder, Optional.empty(), helper -> true).orElseThrow();
  }

  /** A file named as the helper, with {@code text}, put in {@code cache} for a test. */
  private static Path plant(Path cache, String text, String permissions) throws IOException {
    Path planted = cache.resolve(NativeSetUp.fileName(NativeSetUp.source()));
    Files.writeString(planted, text);
    Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString(permissions));
    return planted;
  }

  private static Path rootOnlyFolder(Path path) throws IOException {
    return Files.createDirectory(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
  }

  /** The trial the grader makes: the helper starts a program with a limit set. */
  private static boolean startsAProgram(Path helper) {
    try {
      Process process = new ProcessBuilder(helper.toString(), "--limit", "nofile=64", "--", "/bin/true")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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
        "folder " + folder.getFileName() + " True", "umask 0o22 blocked []", "descriptors [0, 1, 2, 3, 4]");
    if (mode == IsolationMode.NAMESPACE) {
      assertThat(oneProcess).contains("interfaces ['lo']", "pids 1", "shm 67108864 True")
          .doesNotContain("namespace net " + grader).doesNotContain("'home'").doesNotContain("'work'");
    } else {
      assertThat(oneProcess).contains("namespace net " + grader);
    }
  }

  /**
   * The facts without what differs from run to run (the namespaces, the machine's processes),
   * nor the blocked signals: the chain of tools leaves the JVM's SIGQUIT blocked in some modes,
   * where parproc-enter clears the mask as a shell's program finds it (asserted apart).
   */
  private static String withoutNamespaces(String facts) {
    return facts.replaceAll("(?m)^namespace (mnt|net|ipc) .*$", "namespace $1").replaceAll("(?m)^pids [0-9]{2,}$", "pids many")
        .replaceAll("(?m) blocked \\[.*\\]$", "");
  }

  @Test
  void aSetUpThatFailsSaysWhichStepAndExitsWith125() throws Exception {
    Path helper = helper();

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
    Path helper = helper();
    // The machine's own pool: no grading running meanwhile can hold either uid.
    UidPool uids = UidPool.shared();
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

  /**
   * A sleeping process of the user, started by this test (and ended by it), returned once it
   * runs as that user: setpriv changes the user only after it starts.
   */
  private static Process sleeper(int uid) throws IOException, InterruptedException {
    String id = Integer.toString(uid);
    Process process = new ProcessBuilder("setpriv", "--reuid=" + id, "--regid=" + id, "--clear-groups", "--", "sleep", "60")
        .redirectErrorStream(true).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (OperatingSystem.current().processTable().find(process.pid()).map(entry -> entry.uid() != uid).orElse(true)) {
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("the sleeper never ran as " + uid);
      }
      Thread.sleep(5);
    }
    return process;
  }

  @Test
  void aCachedHelperSomeoneElseCouldHaveWrittenIsNeverRun() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    for (String who : List.of("anyone may write it", "another user owns it")) {
      Path cache = rootOnlyFolder(folder.resolve("cache " + who));
      Path planted = plant(cache, "#!/bin/sh\nexit 0\n", who.startsWith("anyone") ? "rwxrwxrwx" : "rwx------");
      if (who.startsWith("another")) {
        Files.setAttribute(planted, "unix:uid", 65534);
      }
      Path own = Files.createDirectory(folder.resolve("own " + who));
      List<Path> tried = new ArrayList<>();

      Optional<Path> found = NativeSetUp.find(own, NativeSetUp.rootOnlyCache(cache), helper -> tried.add(helper));

      assertThat(tried).as(who).doesNotContain(planted);
      assertThat(found).as(who).hasValueSatisfying(helper -> assertThat(helper).startsWith(own));
      assertThat(Files.readString(planted)).as("left for the machine's owner to see").isEqualTo("#!/bin/sh\nexit 0\n");
    }
  }

  @Test
  void aHelperCompiledOnceIsTakenFromTheCacheByTheNextGrading() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    Path cache = folder.resolve("cache");
    Path firstFolder = Files.createDirectory(folder.resolve("first"));

    Path first = NativeSetUp.find(firstFolder, NativeSetUp.rootOnlyCache(cache), NativeSetUpTests::startsAProgram)
        .orElseThrow();
    Path second = NativeSetUp.find(Files.createDirectory(folder.resolve("second")), NativeSetUp.rootOnlyCache(cache),
        NativeSetUpTests::startsAProgram).orElseThrow();

    Path cached = cache.resolve(NativeSetUp.fileName(NativeSetUp.source()));
    assertThat(first).isEqualTo(cached);
    assertThat(second).isEqualTo(cached);
    try (var left = Files.list(firstFolder)) {
      assertThat(left).as("nothing left in the first grading's folder").isEmpty();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cached))).isEqualTo("rwx------");
    try (var left = Files.list(cache)) {
      assertThat(left).as("no part file left").containsExactly(cached);
    }
  }

  @Test
  void aCachedHelperThatFailsItsTrialIsCompiledAnewAndReplaced() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    Path cache = rootOnlyFolder(folder.resolve("cache"));
    Path broken = plant(cache, "#!/bin/sh\nexit 1\n", "rwx------");

    Optional<Path> found = NativeSetUp.find(Files.createDirectory(folder.resolve("own")), NativeSetUp.rootOnlyCache(cache),
        NativeSetUpTests::startsAProgram);

    assertThat(found).contains(broken);
    assertThat(startsAProgram(broken)).as("the cached helper now works").isTrue();
  }

  @Test
  void aHelperThatFailsItsTrialIsNotUsedAndLeavesNothing() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    Path own = Files.createDirectory(folder.resolve("own"));

    Optional<Path> found = NativeSetUp.find(own, Optional.empty(), helper -> false);

    assertThat(found).isEmpty();
    try (var left = Files.list(own)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void theJarCarriesTheHelperPrebuiltForThisMachineAndItSetsARunUp() throws Exception {
    // The build puts it in on Linux wherever it can link statically, as here (src/build/prebuild-enter).
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    Optional<byte[]> prebuilt = NativeSetUp.prebuilt(NativeSetUp.source());
    assertThat(prebuilt).as("parproc/enter/prebuilt/" + System.getProperty("os.arch") + " in the classes").isPresent();
    Path own = Files.createDirectory(folder.resolve("own"));

    Path found = NativeSetUp.find(own, Optional.empty(), prebuilt, NativeSetUpTests::startsAProgram).orElseThrow();

    assertThat(Files.readAllBytes(found)).as("the prebuilt helper, taken as it is").isEqualTo(prebuilt.get());
  }

  @Test
  void aPrebuiltHelperIsTakenBeforeAnyIsCompiledAndGoesIntoTheCache() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot(), "the cache is root's");
    Path cache = folder.resolve("cache");
    byte[] prebuilt = "#!/bin/sh\nexit 0\n".getBytes(StandardCharsets.US_ASCII);

    Path found = NativeSetUp.find(Files.createDirectory(folder.resolve("own")), NativeSetUp.rootOnlyCache(cache),
        Optional.of(prebuilt), helper -> true).orElseThrow();

    assertThat(found).isEqualTo(cache.resolve(NativeSetUp.fileName(NativeSetUp.source())));
    assertThat(Files.readAllBytes(found)).isEqualTo(prebuilt);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(found))).isEqualTo("rwx------");
  }

  @Test
  void aPrebuiltHelperThatFailsItsTrialGivesWayToOneCompiledHere() throws Exception {
    Assumptions.assumeTrue(Isolated.asRoot() && compilerPresent(), "parproc-enter needs root and a C compiler");
    byte[] broken = "#!/bin/sh\nexit 1\n".getBytes(StandardCharsets.US_ASCII);

    Path found = NativeSetUp.find(Files.createDirectory(folder.resolve("own")), Optional.empty(), Optional.of(broken),
        NativeSetUpTests::startsAProgram).orElseThrow();

    assertThat(Files.readAllBytes(found)).isNotEqualTo(broken);
    assertThat(startsAProgram(found)).isTrue();
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

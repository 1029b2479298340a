package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.HarnessException;
import parproc.grader.config.RunLimits;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.GradeReport;
import parproc.grader.runs.ProbeFiles;
import parproc.grader.runs.ProcessRunner;
import parproc.grader.runs.PythonInterpreter;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.RunPurpose;
import parproc.grader.runs.RunSpec;
import parproc.grader.testing.Grading;
import parproc.grader.testing.Isolated;
import parproc.grader.testing.ShippedConfig;

/**
 * What a run cannot reach, in each isolation the machine allows: the answers anywhere on the
 * file system, the grader's and other runs' files, the grading itself; and the caps that stop a
 * memory hog and a fork bomb while another student's run is graded in full.
 */
class IsolationTests {

  private static PythonInterpreter python;
  private static ProbeFiles probe;

  @TempDir
  Path folder;

  @BeforeAll
  static void resolve() throws HarnessException {
    python = PythonInterpreter.resolve("python3");
    probe = ProbeFiles.extract();
  }

  private static Isolation isolation(IsolationMode mode) {
    Assumptions.assumeTrue(Isolated.asRoot(), "isolation needs root");
    try {
      return Isolation.choose(mode, python, probe);
    } catch (HarnessException e) {
      Assumptions.abort("not available here: " + e.getMessage());
      throw new IllegalStateException(e);
    }
  }

  private RawRun run(ProcessRunner runner, String entry, Duration timeout) {
    return runner.run(new RunSpec("x", 0, RunPurpose.GRADED, folder, folder.resolve("prog.py"), entry, Map.of(), "", 3, timeout,
        1.0, false, 0));
  }

  /** Lines of the reference solutions that the starters do not share, so that they are the answers' own. */
  private static Set<String> answerLines() throws IOException {
    Set<String> starters = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(ShippedConfig.home().resolve("exercises"))) {
      for (Path file : files.toList()) {
        Files.readAllLines(file).forEach(line -> starters.add(line.strip()));
      }
    }
    Set<String> lines = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(ShippedConfig.home().resolve("reference-solutions"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".py")).toList()) {
        Files.readAllLines(file).stream().map(String::strip)
            .filter(line -> line.length() >= 24 && !starters.contains(line)).forEach(lines::add);
      }
    }
    return lines;
  }

  @Test
  void withPermissionsWhatARunLeavesInTheMachinesSharedMemoryIsRemovedWhenItEnds() throws IOException {
    try (ProcessRunner runner = new ProcessRunner(isolation(IsolationMode.PERMISSIONS), probe)) {
      Files.writeString(folder.resolve("prog.py"), """
          import ctypes, os
          libc = ctypes.CDLL(None, use_errno=True)
          def leave():
              private, create = 0, 0o1000 | 0o600
              shm = libc.shmget(private, 4096, create)
              sem = libc.semget(private, 1, create)
              msg = libc.msgget(private, create)
              with open("/dev/shm/parproc-left-%d" % os.getpid(), "wb") as f:
                  f.write(b"x" * 4096)
              print(shm, sem, msg, os.getpid())
          """);

      RawRun run = run(runner, "leave", Duration.ofSeconds(20));

      String[] ids = run.stdoutText().strip().split(" ");
      assertThat(ids).as(run.stderrText()).hasSize(4);
      assertThat(Integer.parseInt(ids[0])).isNotNegative();
      assertThat(Files.readString(Path.of("/proc/sysvipc/shm"))).doesNotContainPattern("\\s" + ids[0] + "\\s");
      assertThat(Files.readString(Path.of("/proc/sysvipc/sem"))).doesNotContainPattern("\\s" + ids[1] + "\\s");
      assertThat(Files.readString(Path.of("/proc/sysvipc/msg"))).doesNotContainPattern("\\s" + ids[2] + "\\s");
      assertThat(Path.of("/dev/shm/parproc-left-" + ids[3])).doesNotExist();
    }
  }

  @Test
  void inANamespaceNoFileTheRunCanReadHoldsALineOfAnyAnswer() throws IOException {
    try (ProcessRunner runner = new ProcessRunner(isolation(IsolationMode.NAMESPACE), probe)) {
      Files.copy(ShippedConfig.programs().resolve("isolation/walk-for-answers.py"), folder.resolve("prog.py"));
      Set<String> answers = answerLines();
      assertThat(answers).hasSizeGreaterThan(20);
      Files.write(folder.resolve("needles.txt"), answers, StandardCharsets.UTF_8);
      // The system's own programs and libraries take minutes to read: scripts/walk-as-run-user reads them too.
      if (!Boolean.getBoolean("parproc.walk.all")) {
        Files.writeString(folder.resolve("skip.txt"), "/usr\n");
      }

      RawRun run = run(runner, "walk", Duration.ofMinutes(5));

      assertThat(run.timedOut()).as(run.stderrText()).isFalse();
      assertThat(run.stdoutText()).as(run.stderrText()).contains("READ ").doesNotContain("FOUND");
      int read = Integer.parseInt(run.stdoutText().strip().replaceAll("(?s).*READ ", ""));
      assertThat(read).as("files the walk could read").isGreaterThan(100);
    }
  }

  @Test
  void withPermissionsTheRunCannotReadTheGradersFilesNorAnotherRunsCopy() throws IOException {
    Isolation isolation = isolation(IsolationMode.PERMISSIONS);
    Path closed = Files.createTempDirectory("parproc-closed-");
    try (ProcessRunner runner = new ProcessRunner(isolation, probe)) {
      Files.writeString(closed.resolve("answer.py"), "print('the answer')\n");
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
      // Another run's private copy, made while this run goes on.
      Path otherRun = isolation.newRunDir();
      try (Cage other = isolation.cage(new RunSpec("x", 0, RunPurpose.GRADED, closed, closed.resolve("answer.py"), "f", Map.of(),
          "", 3, Duration.ofSeconds(1), 1.0, false, 0), otherRun)) {
        Files.writeString(folder.resolve("prog.py"), """
            import glob, os
            def peek():
                paths = [%s, %s] + [p for p in glob.glob("/tmp/parproc-*/*/*.py") if "parproc-probe-" not in p] + glob.glob("/tmp/pp-*/*/work/*/*.py")
                for path in paths:
                    try:
                        with open(path) as f:
                            f.read()
                        print("READ", path)
                    except OSError:
                        pass
                print("uid", os.getuid(), "home", os.environ["HOME"])
            """.formatted(quoted(closed.resolve("answer.py")), quoted(other.work().resolve("answer.py"))));

        RawRun run = run(runner, "peek", Duration.ofSeconds(60));

        assertThat(run.stdoutText()).as(run.stderrText()).contains("uid 17", "home")
            .doesNotContain("READ");
      } finally {
        Grading.delete(otherRun);
      }
    } finally {
      Grading.delete(closed);
    }
  }

  private static String quoted(Path path) {
    return "\"" + path + "\"";
  }

  @Test
  void symbolicLinksToTheAnswersAreNotFollowed() throws IOException {
    Path reference = ShippedConfig.home().resolve("reference-solutions").toAbsolutePath();
    Files.createSymbolicLink(folder.resolve("addTwoPar.py"), reference.resolve("addTwoPar.py"));
    Files.createSymbolicLink(folder.resolve("answers"), reference);

    GradeReport report = Grading.grade(folder, List.of("addTwoPar"), 2, 5, 20.0);

    ExerciseResult result = report.exercises().get(0);
    assertThat(result.score()).isZero();
    assertThat(result.message()).contains("addTwoPar.py", "symbolic links", "does not follow");
  }

  @Test
  void aProgramKillingItsAncestorsLosesItsOwnExerciseOnlyAndLeavesNothing() throws IOException {
    Assumptions.assumeTrue(Isolated.asRoot(), "without isolation a program can kill the grader");
    Files.copy(ShippedConfig.programs().resolve("hostile/kill-ancestors.py"), folder.resolve("procEx.py"));
    Files.copy(ShippedConfig.home().resolve("reference-solutions/procEx2.py"), folder.resolve("procEx2.py"));

    GradeReport report = Grading.grade(folder, List.of("procEx", "procEx2"), 2, 7, 20.0);

    assertThat(report.exercises()).extracting(ExerciseResult::id).containsExactly("procEx", "procEx2");
    assertThat(Grading.check(report.exercises().get(0), "finishes-cleanly").passed()).isFalse();
    assertThat(report.exercises().get(1).fullMarks()).as(Grading.describe(report.exercises().get(1))).isTrue();
    assertThat(Isolated.leftovers()).isEmpty();
  }

  @Test
  void aMemoryHogIsStoppedAtTheCapAndNeverHoldsMoreThanTenPercentAbove() throws Exception {
    Isolation isolation = isolation(null);
    Assumptions.assumeTrue(isolation.cgroups().isPresent(), "needs cgroups");
    Files.copy(ShippedConfig.programs().resolve("hostile/memory-hog.py"), folder.resolve("prog.py"));
    AtomicLong peak = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
      while (running.get()) {
        peak.accumulateAndGet(groupsPeak("memory", "memory.max_usage_in_bytes"), Math::max);
        pause();
      }
    });
    try (ProcessRunner runner = new ProcessRunner(isolation, probe)) {
      RawRun run = run(runner, "procEx", Duration.ofSeconds(60));
      running.set(false);
      watcher.get();

      long cap = (long) RunLimits.DEFAULTS.memoryMib() << 20;
      assertThat(run.stopped()).isEqualTo("stopped: used more than 512 MiB of memory");
      assertThat(peak.get()).as("highest memory of the run, as its cgroup counted it").isPositive()
          .isLessThanOrEqualTo(cap + cap / 10);
    }
    assertThat(Isolated.leftovers()).isEmpty();
  }

  @Test
  void aForkBombOfTenThousandIsStoppedAtTheCapWhileAnotherStudentGetsFullMarks() throws Exception {
    Isolation probeIsolation = isolation(null);
    Assumptions.assumeTrue(probeIsolation.cgroups().isPresent(), "needs cgroups");
    probeIsolation.close();
    Path bomb = Files.createDirectories(folder.resolve("bomber"));
    Path correct = Files.createDirectories(folder.resolve("correct"));
    Files.copy(ShippedConfig.programs().resolve("hostile/fork-bomb-10000.py"), bomb.resolve("procEx2.py"));
    Files.copy(ShippedConfig.home().resolve("reference-solutions/procEx2.py"), correct.resolve("procEx2.py"));
    AtomicLong peak = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
      while (running.get()) {
        peak.accumulateAndGet(groupsPeak("pids", "pids.current"), Math::max);
        pause();
      }
    });

    CompletableFuture<GradeReport> bombed = CompletableFuture.supplyAsync(
        () -> Grading.grade(bomb, List.of("procEx2"), 2, 11, 30.0));
    GradeReport graded = Grading.grade(correct, List.of("procEx2"), 4, 12, 30.0);
    GradeReport bomber = bombed.get();
    running.set(false);
    watcher.get();

    assertThat(graded.exercises().get(0).fullMarks()).as(Grading.describe(graded.exercises().get(0))).isTrue();
    ExerciseResult stopped = bomber.exercises().get(0);
    assertThat(Grading.check(stopped, "finishes-cleanly").firstFailure().message())
        .as(Grading.describe(stopped)).contains("stopped: more than 128 processes at once");
    assertThat(peak.get()).as("most processes of one run at once").isPositive()
        .isLessThanOrEqualTo(RunLimits.DEFAULTS.processes());
    assertThat(Isolated.leftovers()).isEmpty();
  }

  @Test
  void withoutIsolationTheGraderCountsTheProcessesItself() throws Exception {
    Isolation none = Isolation.choose(IsolationMode.NONE, python, probe);
    Files.copy(ShippedConfig.programs().resolve("hostile/fork-bomb.py"), folder.resolve("prog.py"));
    try (ProcessRunner runner = new ProcessRunner(none, probe)) {
      RawRun run = run(runner, "procEx", Duration.ofSeconds(60));

      assertThat(run.stopped()).as(run.stderrText()).isEqualTo("stopped: more than 128 processes at once");
      assertThat(run.timedOut()).isFalse();
    }
    assertThat(Isolated.leftovers()).isEmpty();
  }

  /** The highest value of a counter over this grader's run cgroups now. */
  private static long groupsPeak(String controller, String file) {
    List<Path> groups = new ArrayList<>();
    String prefix = "parproc-" + ProcessHandle.current().pid() + "-";
    try (Stream<Path> found = Files.find(Path.of("/sys/fs/cgroup", controller), 4,
        (path, attributes) -> path.getFileName().toString().startsWith(prefix))) {
      groups.addAll(found.toList());
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    long most = 0;
    for (Path group : groups) {
      try {
        most = Math.max(most, Long.parseLong(Files.readString(group.resolve(file)).strip()));
      } catch (IOException | RuntimeException e) {
        // removed meanwhile
      }
    }
    return most;
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

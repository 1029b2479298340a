package parproc.grader.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.HarnessException;
import parproc.grader.testing.Isolated;

/** Running one program: its environment, its stdin, its limits, its end. */
class ProcessRunnerTests {

  private static ProcessRunner runner;

  @TempDir
  Path folder;

  @BeforeAll
  static void start() throws HarnessException {
    runner = new ProcessRunner(PythonInterpreter.resolve("python3"), ProbeFiles.extract());
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  private RawRun run(String source, String stdin, double seconds) throws IOException {
    Files.writeString(folder.resolve("prog.py"), source);
    return runner.run(new RunSpec("x", 0, RunPurpose.GRADED, folder, folder.resolve("prog.py"), "entry", Map.of(), stdin, 3,
        Duration.ofMillis((long) (seconds * 1000)), 1.0, false, 0));
  }

  @Test
  void theEnvironmentIsSetOnPurposeNotInherited() {
    Map<String, String> env = ProcessRunner.environment(
        new RunSpec("x", 0, RunPurpose.GRADED, folder, folder.resolve("p.py"), "f", Map.of(), "", 3, Duration.ofSeconds(1), 1.0,
            true, 2),
        folder);

    assertThat(env).containsEntry("PYTHONUNBUFFERED", "1").containsEntry("PYTHONIOENCODING", "utf-8")
        .containsEntry("PYTHONDONTWRITEBYTECODE", "1").containsEntry("PARPROC_CHILDREN", "2")
        .containsEntry("PARPROC_RACES", "1").doesNotContainKeys("PYTHONPATH", "PYTHONSTARTUP", "PYENV_ROOT");
    assertThat(env.keySet()).allMatch(key -> key.startsWith("PARPROC_") || key.startsWith("PYTHON")
        || key.matches("PATH|HOME|TMPDIR|LANG|LC_ALL"));
  }

  @Test
  void theProgramGetsItsStdinAndUnbufferedUtf8Output() throws IOException {
    RawRun run = run("""
        import os, sys
        def entry():
            name = input("Name: ")
            print("Hi", name, os.environ.get("PYTHONSTARTUP"), sys.stdout.encoding)
        """, "Zoë\n", 20);

    assertThat(run.stdoutText()).isEqualTo("Name: Hi Zoë None utf-8\n");
    assertThat(run.exitCode()).isZero();
    assertThat(run.trace()).anyMatch(line -> line.contains("\"event\":\"read\""));
  }

  @Test
  void aRunThatNeverEndsIsStoppedWithAllItsProcesses() throws IOException {
    RawRun run = run("""
        import multiprocessing, os, time
        def hide():
            os.setsid()
            time.sleep(1000)
        def spin():
            multiprocessing.Process(target=hide).start()
            while True:
                pass
        def entry():
            multiprocessing.Process(target=spin).start()
            time.sleep(1000)
        """, "", 3);

    assertThat(run.timedOut()).isTrue();
    assertThat(run.exitCode()).isEqualTo(-1);
    assertThat(Isolated.leftovers()).isEmpty();
  }

  /**
   * A program that leaves a grandchild sleeping, in a session of its own or in the run's, with
   * the run's output closed or held open.
   */
  private static String daemon(boolean setsid, boolean closesOutput) {
    return """
        import os, time
        def entry():
            if os.fork() == 0:
                %s
                if os.fork() == 0:
                    if %s:
                        devnull = os.open(os.devnull, os.O_RDWR)
                        for fd in (0, 1, 2):
                            os.dup2(devnull, fd)
                    time.sleep(60)
                os._exit(0)
            os.wait()
        """.formatted(setsid ? "os.setsid()" : "pass", closesOutput ? "True" : "False");
  }

  @Test
  void aProcessLeftRunningOutsideTheSessionIsRecordedAndStopped() throws IOException {
    RawRun run = run(daemon(true, true), "", 20);

    assertThat(run.timedOut()).isFalse();
    assertThat(run.exitCode()).as(run.stderrText()).isZero();
    assertThat(run.leftRunning()).hasSize(1);
    assertThat(Isolated.leftovers()).isEmpty();
  }

  @Test
  void aProcessOutsideTheSessionHoldingTheOutputEndsTheRunAtOnce() throws IOException {
    RawRun run = run(daemon(true, false), "", 20);

    assertThat(run.timedOut()).isFalse();
    assertThat(run.leftRunning()).hasSize(1);
    assertThat(run.durationMillis()).as("ended long before the time limit").isLessThan(10_000);
    assertThat(Isolated.leftovers()).isEmpty();
  }

  @Test
  void aProcessLeftRunningInsideTheSessionIsStoppedWithoutARecord() throws IOException {
    RawRun run = run(daemon(false, true), "", 20);

    assertThat(run.timedOut()).isFalse();
    assertThat(run.exitCode()).as(run.stderrText()).isZero();
    assertThat(run.leftRunning()).isEmpty();
    assertThat(Isolated.leftovers()).isEmpty();
  }

  @Test
  void outputIsCappedButDrainedSoTheProgramIsNotBlocked() throws IOException {
    RawRun run = run("""
        def entry():
            for i in range(60000):
                print("x" * 40)
        """, "", 60);

    assertThat(run.timedOut()).isFalse();
    assertThat(run.stdoutTruncated()).isTrue();
    assertThat(run.stdout()).hasSize(ProcessRunner.STDOUT_LIMIT);
  }

  /**
   * A run that leaves a chain of folders deeper than a path may be long (4096 bytes) in its
   * TMPDIR, one of them closed, ends as any run does, and its folder goes with it.
   */
  @Test
  void aTreeDeeperThanAPathMayBeLongInTheRunsTmpdirIsRemovedAfterIt() throws IOException {
    RawRun run = run("""
        import os
        def entry():
            os.chdir(os.environ["TMPDIR"])
            print(os.path.realpath("."))
            for level in range(3000):
                os.mkdir("ab")
                os.chdir("ab")
            open("deep.txt", "w").write("x")
            os.chdir("..")
            os.chmod(".", 0)
            print("built")
        """, "", 60);

    assertThat(run.exitCode()).as(run.stderrText()).isZero();
    assertThat(run.stdoutText()).endsWith("built\n");
    // The run sees its TMPDIR where the grader does, namespace or not.
    Path tmpdir = Path.of(run.stdoutText().lines().findFirst().orElseThrow());
    assertThat(tmpdir).isAbsolute();
    assertThat(Files.exists(tmpdir)).isFalse();
  }

  @Test
  void theStudentsFolderGetsNoBytecode() throws IOException {
    Files.writeString(folder.resolve("helper.py"), "def greet():\n    print('hi')\n");
    RawRun run = run("from helper import greet\ndef entry():\n    greet()\n", "", 20);

    assertThat(run.stdoutText()).isEqualTo("hi\n");
    assertThat(folder.resolve("__pycache__")).doesNotExist();
  }
}

package parproc.grader.runs.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.HarnessException;
import parproc.grader.observations.Witness;
import parproc.grader.runs.PythonInterpreter;
import parproc.grader.testing.Isolated;

/**
 * The kernel witness (parproc-enter --witness): it records every process and write of a program
 * with the writer the kernel knows, passes the program's exit status back, refuses the program's
 * own ptrace and says so, stops a program that outgrows its record, and never lets the program
 * outlive it.
 */
class WitnessTests {

  @TempDir
  static Path folder;

  private static Path helper;
  private static String python;

  @BeforeAll
  static void compile() throws HarnessException {
    Assumptions.assumeTrue(Isolated.asRoot() && NativeSetUp.compiler().isPresent(),
        "the witness needs root and a C compiler");
    helper = NativeSetUp.find(folder, Optional.empty(), candidate -> true).orElseThrow();
    python = PythonInterpreter.resolve("python3").executable().toString();
  }

  private record Witnessed(int status, String stdout, Witness witness, List<String> lines) {}

  private static Witnessed witness(String source) throws IOException, InterruptedException {
    Path record = Files.createTempFile(folder, "witness-", ".txt");
    Process process = new ProcessBuilder(helper.toString(), "--witness", record.toString(), "--", python, "-S", "-c",
        source).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(record, StandardCharsets.US_ASCII);
    return new Witnessed(process.exitValue(), stdout, Witness.parse(lines), lines);
  }

  @Test
  void everyProcessAndWriteIsRecordedWithTheWriterTheKernelKnows() throws Exception {
    Witnessed run = witness("""
        import multiprocessing as mp, os
        def child():
            os.write(1, b"child %d\\n" % os.getpid())
        if __name__ == "__main__":
            p = mp.get_context("fork").Process(target=child)
            p.start()
            p.join()
            os.write(1, b"parent %d %d\\n" % (os.getpid(), p.pid))
        """);

    assertThat(run.status()).as(run.stdout()).isZero();
    String[] parent = run.stdout().lines().filter(l -> l.startsWith("parent")).findFirst().orElseThrow().split(" ");
    long program = Long.parseLong(parent[1]);
    long child = Long.parseLong(parent[2]);
    Witness witness = run.witness();
    assertThat(witness.whole()).isTrue();
    assertThat(witness.program()).isEqualTo(program);
    assertThat(witness.processes().get(child).parent()).isEqualTo(program);
    assertThat(witness.processes().get(child).exit()).isZero();
    assertThat(witness.processes().get(program).exit()).isZero();
    String stdout = witness.descriptor(1).orElseThrow();
    assertThat(witness.writesTo(stdout)).extracting(w -> w.pid() + " " + new String(w.bytes(), StandardCharsets.UTF_8))
        .containsExactly(child + " child " + child + "\n", program + " parent " + program + " " + child + "\n");
  }

  @Test
  void theSupervisorExitsWithTheProgramsOwnStatusAndSignal() throws Exception {
    assertThat(witness("import sys; sys.exit(3)").status()).isEqualTo(3);
    assertThat(witness("import os, signal; os.kill(os.getpid(), signal.SIGKILL)").status()).isEqualTo(128 + 9);
  }

  @Test
  void theProgramCannotTraceAndTheRecordSaysItTried() throws Exception {
    Witnessed run = witness("""
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        result = libc.ptrace(0, 0, 0, 0)
        print(result, ctypes.get_errno() == 1)
        """);

    assertThat(run.stdout()).isEqualTo("-1 True\n");
    assertThat(run.witness().refused()).containsExactly(run.witness().program() + " 101");
  }

  @Test
  void aProgramThatOutgrowsTheRecordIsStoppedAndTheRecordSaysSo() throws Exception {
    Witnessed run = witness("""
        import os
        fd = os.open("/dev/null", os.O_WRONLY)
        block = b"x" * 65536
        while True:
            os.write(fd, block)
        """);

    assertThat(run.status()).isEqualTo(128 + 9);
    assertThat(run.witness().full()).isTrue();
    assertThat(run.lines().get(run.lines().size() - 1)).startsWith("L ");
  }

  @Test
  void theProgramDiesWithItsSupervisorEvenAfterBecomingTheRunsUser() throws Exception {
    // The grader stops a witnessed run by stopping the supervisor it started; a program left
    // behind would run on as a user whose lease has ended.
    Path record = Files.createTempFile(folder, "witness-", ".txt");
    Process supervisor = new ProcessBuilder(helper.toString(), "--witness", record.toString(), "--uid", "65534",
        "--", "/bin/sh", "-c", "echo $$; exec sleep 60").redirectErrorStream(true).start();
    supervisor.getOutputStream().close();
    String first = new BufferedReader(new InputStreamReader(supervisor.getInputStream(), StandardCharsets.UTF_8))
        .readLine();
    ProcessHandle program = ProcessHandle.of(Long.parseLong(first.strip())).orElseThrow();
    try {
      assertThat(program.isAlive()).isTrue();
      supervisor.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

      assertThat(Isolated.endsWithin(program.pid(), 10)).as("the program ended").isTrue();
    } finally {
      program.destroyForcibly();
    }
  }

  @Test
  void aSupervisorStoppedWhileItsProgramSetsUpLeavesNothingRunning() throws Exception {
    // Stopped a moment after it starts, the supervisor's child is often still root, setting up:
    // the grader's sweep, which stops the run's user, cannot see it yet.
    String marker = "30." + ProcessHandle.current().pid();
    for (int attempt = 0; attempt < 20; attempt++) {
      Path record = Files.createTempFile(folder, "witness-", ".txt");
      Process supervisor = new ProcessBuilder(helper.toString(), "--witness", record.toString(), "--uid", "65534",
          "--", "/bin/sleep", marker).redirectErrorStream(true).start();
      Thread.sleep(attempt % 5);
      supervisor.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Thread.sleep(500);
    List<ProcessHandle> left = ProcessHandle.allProcesses().filter(p -> p.info().arguments()
        .map(args -> List.of(args).contains(marker)).orElse(false)).toList();
    try {
      assertThat(left.stream().map(ProcessHandle::pid).filter(pid -> !endsSoon(pid))).isEmpty();
    } finally {
      left.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static boolean endsSoon(long pid) {
    try {
      return Isolated.endsWithin(pid, 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

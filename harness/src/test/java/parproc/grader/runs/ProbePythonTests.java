package parproc.grader.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.ShippedConfig;

/**
 * The probe's own unit tests, one Python module per probe module, in harness/src/test/python.
 * They run with bare Python 3 (unittest only), isolated from the machine's PYTHON* settings,
 * against the probe as the harness extracts it.
 */
class ProbePythonTests {

  @Test
  void probeUnitTestsPass(@TempDir Path scratch) throws Exception {
    Path tests = ShippedConfig.home().resolve("harness/src/test/python");
    assertThat(tests.resolve("test_trace.py")).exists();
    PythonInterpreter python = PythonInterpreter.resolve("python3");
    ProbeFiles probe = ProbeFiles.extract();
    // The tests' temporary files (TMPDIR) go with this folder.
    // -I: no PYTHON* variable, no user site; -B: no bytecode among the sources. The environment
    // is set here, not inherited.
    ProcessBuilder builder = new ProcessBuilder(python.executable().toString(), "-I", "-B", "-m", "unittest",
        "discover", "-s", tests.toString(), "-t", tests.toString(), "-p", "test_*.py")
        .directory(scratch.toFile())
        .redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
    builder.environment().put("LANG", "C.UTF-8");
    builder.environment().put("LC_ALL", "C.UTF-8");
    builder.environment().put("TMPDIR", scratch.toString());
    builder.environment().put("PARPROC_PROBE_DIR", probe.folder().toString());
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the Python tests end").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).as(output).containsPattern("Ran \\d+ tests").contains("\nOK");
  }
}

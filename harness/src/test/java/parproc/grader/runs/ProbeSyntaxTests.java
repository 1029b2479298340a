package parproc.grader.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.HarnessException;

/**
 * The probe runs inside the student's own interpreter, which may be as old as the oldest Python
 * the harness accepts: its files must parse with that version's grammar. Only one interpreter is
 * installed here, so this asks it to parse as the oldest version would (ast's feature_version).
 */
class ProbeSyntaxTests {

  private static final String PARSE_AS_OLDEST =
      "import ast, sys\n"
          + "source = open(sys.argv[1], encoding='utf-8').read()\n"
          + "try:\n"
          + "    ast.parse(source, sys.argv[1], feature_version=(3, " + PythonInterpreter.MIN_MINOR + "))\n"
          + "except SyntaxError as e:\n"
          + "    print(f'{e.msg} at line {e.lineno}')\n";

  @TestFactory
  Stream<DynamicTest> probeFilesParseWithTheOldestAcceptedGrammar() throws Exception {
    ProbeFiles probe = ProbeFiles.extract();
    List<Path> files;
    try (Stream<Path> listed = Files.walk(probe.folder())) {
      files = listed.filter(file -> file.toString().endsWith(".py")).sorted().toList();
    }
    // The runner, the survey and every module of the probe package, nothing left out.
    assertThat(files).hasSize(ProbeFiles.FILES.size()).hasSizeGreaterThan(3);
    return files.stream().map(file -> DynamicTest.dynamicTest(probe.folder().relativize(file).toString(),
        () -> assertThat(syntaxErrors(file)).as("3.%d syntax errors", PythonInterpreter.MIN_MINOR).isEmpty()));
  }

  /** The check itself discriminates: a match statement (Python 3.10) is refused. */
  @Test
  void newerSyntaxIsRefused(@TempDir Path folder) throws Exception {
    Path newer = folder.resolve("newer.py");
    Files.writeString(newer, "def f(x):\n    match x:\n        case 1:\n            return 2\n");
    assertThat(syntaxErrors(newer)).startsWith("Pattern matching is only supported in Python 3.10");
  }

  private static String syntaxErrors(Path file) throws HarnessException, IOException, InterruptedException {
    PythonInterpreter python = PythonInterpreter.resolve("python3");
    // -I: isolated, so no PYTHON* variable of the machine running the tests reaches the parse.
    Process process = new ProcessBuilder(python.executable().toString(), "-I", "-c", PARSE_AS_OLDEST,
        file.toString())
        .redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out.strip();
  }
}

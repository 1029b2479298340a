package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static parproc.grader.testing.ShippedConfig.verdict;

import org.junit.jupiter.api.Test;
import parproc.grader.results.Status;
import parproc.grader.results.Verdict;
import parproc.grader.testing.ScriptedRun;

class IntactCheckTests {

  private static ScriptedRun started() {
    ScriptedRun run = ScriptedRun.root(100).print(100, "Hi from process", "100", "(main process)");
    for (int i = 0; i < 3; i++) {
      run.start(100, 200 + i, "sayHi4");
    }
    return run;
  }

  @Test
  void linesMixedInTheOutputAreShownAsPrinted() {
    ScriptedRun run = started().write(200, "Hi p0 ").write(201, "Hi p1 from process 201\n")
        .write(200, "from process 200\n").write(202, "Hi p2 from process 202\n");

    Verdict verdict = verdict("manyGreetings4", "intact-lines", run.build("manyGreetings4"));

    assertThat(verdict.message()).isEqualTo("""
        Expected every printed line to be whole,
        but 2 lines mix pieces of several processes' output:
          line 2: "Hi p0 Hi p1 from process 201"
          line 3: "from process 200"
        Try: hold the lock for the whole print: acquire() before print, release() after it (or print inside `with lock:`).""");
  }

  @Test
  void aWholeLineThatIsNotExpectedIsStillWhole() {
    ScriptedRun run = started().print(200, "Hi p0 from process 200").print(201, "debug: done");

    assertThat(verdict("manyGreetings4", "intact-lines", run.build("manyGreetings4")).status()).isEqualTo(Status.PASS);
  }
}

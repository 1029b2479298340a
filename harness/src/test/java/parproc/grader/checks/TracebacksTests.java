package parproc.grader.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A child's traceback keeps the student's frames and Python's, and loses the probe's. */
class TracebacksTests {

  @Test
  void theProbesFrameAndItsSourceLinesAreTakenOut() {
    List<String> stderr = """
        Process Process-2:
        Traceback (most recent call last):
          File "/usr/lib/python3.11/multiprocessing/process.py", line 314, in _bootstrap
            self.run()
          File "/tmp/parproc-probe-1/parproc_probe/processes.py", line 131, in run
            return orig_run(self)
                   ^^^^^^^^^^^^^^
          File "/usr/lib/python3.11/multiprocessing/process.py", line 108, in run
            self._target(*self._args, **self._kwargs)
          File "/tmp/work/lab.py", line 12, in addManyNumbers
            for i in range(numNumbers):
                     ^^^^^^^^^^^^^^^^^
        TypeError: 'float' object cannot be interpreted as an integer
        """.lines().toList();

    assertThat(Tracebacks.withoutGraderFrames(stderr)).containsExactly(
        "Process Process-2:",
        "Traceback (most recent call last):",
        "  File \"/usr/lib/python3.11/multiprocessing/process.py\", line 314, in _bootstrap",
        "    self.run()",
        "  File \"/usr/lib/python3.11/multiprocessing/process.py\", line 108, in run",
        "    self._target(*self._args, **self._kwargs)",
        "  File \"/tmp/work/lab.py\", line 12, in addManyNumbers",
        "    for i in range(numNumbers):",
        "             ^^^^^^^^^^^^^^^^^",
        "TypeError: 'float' object cannot be interpreted as an integer");
  }

  @Test
  void theGradersFramesLeaveAWindowsTracebackToo() {
    List<String> traceback = List.of(
        "Traceback (most recent call last):",
        "  File \"C:\\Users\\ANNLEE~1\\AppData\\Local\\Temp\\parproc-probe-1\\parproc_probe\\processes.py\", line 170, in _bootstrap",
        "    exitcode = orig_bootstrap(self, *args, **kwargs)",
        "  File \"D:\\pp-17\\work\\my work\\addManyPar.py\", line 11, in addManyNumbers",
        "    for i in range(numNumbers):",
        "TypeError: 'float' object cannot be interpreted as an integer");

    assertThat(Tracebacks.withoutGraderFrames(traceback)).containsExactly(
        "Traceback (most recent call last):",
        "  File \"D:\\pp-17\\work\\my work\\addManyPar.py\", line 11, in addManyNumbers",
        "    for i in range(numNumbers):",
        "TypeError: 'float' object cannot be interpreted as an integer");
  }
}

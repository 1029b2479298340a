package parproc.grader.observations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A trace written on Windows reads the same as on Linux: backslashes, drives, spaces. */
class WindowsTraceTests {

  @Test
  void aSiteNamesTheFileWhicheverSystemWroteItsPath() {
    assertThat(new TraceEvent.Site("C:\\Users\\Ann Lee\\my work\\assignDiggers.py", 12, "assignDiggers").describe())
        .isEqualTo("in assignDiggers (assignDiggers.py, line 12)");
    assertThat(new TraceEvent.Site("/tmp/pp-1/work/my work/assignDiggers.py", 12, "").describe())
        .isEqualTo("assignDiggers.py, line 12");
    assertThat(TraceEvent.baseName("markup<img src=x>.py")).isEqualTo("markup<img src=x>.py");
  }
}

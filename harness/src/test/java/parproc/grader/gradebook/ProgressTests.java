package parproc.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress as the instructor sees it: a redrawn bar on a terminal, a line per student in a log. */
class ProgressTests {

  private final StringWriter text = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();

  private Progress progress(boolean terminal) {
    return new Progress(new PrintWriter(text, true), terminal, nanos::get);
  }

  @Test
  void aLogGetsOneLinePerStudent() {
    Progress progress = progress(false);
    progress.begin(3, 1);
    progress.started("alice");
    progress.finished(Grades.graded("alice", "A", true, true, true, false));
    progress.finished(StudentGrade.notGraded(new Student("bob", null, List.of(), null), StudentStatus.TIMEOUT,
        "stopped after the per-student limit of 60 s", 1, "h", 60));
    progress.end("done");

    assertThat(text.toString()).isEqualTo("""
        Grading 3 students (1 kept from an earlier grading)
        [2/3] alice: 13/20 (1.5 s)
        [3/3] bob: timeout: stopped after the per-student limit of 60 s (60.0 s)
        done
        """);
  }

  @Test
  void aTerminalGetsABarWithTheCurrentStudentsAndATimeLeft() {
    Progress progress = progress(true);
    progress.begin(4, 0);
    progress.started("alice");
    progress.started("bob");
    assertThat(text.toString()).endsWith("\r[........................] 0/4 students  grading alice, bob  ETA --");

    nanos.set(30_000_000_000L);
    progress.finished(Grades.graded("alice", "A", true, true, true, true));

    // Four spaces wipe the end of the longer line before it.
    assertThat(text.toString()).endsWith("\r[######..................] 1/4 students  grading bob  ETA 1m30s    ");
  }

  /** A folder name is the student's choice: its control characters are shown, in a log and in the bar. */
  @Test
  void aStudentsNameAndReasonAreShownWithTheirControlCharacters() {
    Progress log = progress(false);
    log.begin(1, 0);
    log.finished(StudentGrade.notGraded(new Student("eve\u001b[2J", null, List.of(), null), StudentStatus.ERROR,
        "the grader failed: \rTotal: 10/10", 1, "h", 2));
    assertThat(text.toString()).isEqualTo("""
        Grading 1 student
        [1/1] eve\\x1b[2J: error: the grader failed: \\rTotal: 10/10 (2.0 s)
        """);

    text.getBuffer().setLength(0);
    Progress bar = progress(true);
    bar.begin(2, 0);
    bar.started("eve\u001b[2J");
    assertThat(text.toString()).endsWith("\r[........................] 0/2 students  grading eve\\x1b[2J  ETA --");
  }
}

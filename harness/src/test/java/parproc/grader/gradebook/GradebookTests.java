package parproc.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.os.FileTrees;
import parproc.grader.testing.OddNames;

/** The gradebook CSV as spreadsheets read it, and the hashes --resume compares. */
class GradebookTests {

  @TempDir
  Path temp;

  @Test
  void theGradebookHasARowPerStudentAndAColumnPerExerciseQuotedAsSpreadsheetsExpect() {
    StudentGrade timedOut = StudentGrade.notGraded(new Student("zed", null, List.of(), null), StudentStatus.TIMEOUT,
        "stopped after the per-student limit of 60 s", 77, "h", 60);
    String csv = GradebookCsv.render(List.of(
        Grades.graded("alice", "Smith, \"Ali\"", true, true, true, false),
        Grades.graded("bob", "=HYPERLINK(\"http://x\")", false, false, true, true),
        timedOut));

    assertThat(csv).startsWith(GradebookCsv.BOM);
    assertThat(csv.substring(1).split("\r\n", -1)).containsExactly(
        "student,name,sid,email,procEx,procEx2,total,max_score,status,reason,seed,interfered",
        "alice,\"Smith, \"\"Ali\"\"\",,,10,3,13,20,graded,,1005,",
        "bob,\"'=HYPERLINK(\"\"http://x\"\")\",,,0,10,10,20,graded,,1003,",
        "zed,,,,,,,,timeout,stopped after the per-student limit of 60 s,77,",
        "");
  }

  @Test
  void aMultiLineReasonStaysInOneQuotedField() {
    StudentGrade broken = StudentGrade.notGraded(new Student("x", null, List.of(), null), StudentStatus.ERROR,
        "line one\nline two", 1, "h", 1);

    assertThat(GradebookCsv.render(List.of(broken))).contains(",error,\"line one\nline two\",1,\r\n");
  }

  @Test
  void aSubmissionThatInterferedWithTheGraderIsNamedInItsOwnColumn() {
    StudentGrade graded = Grades.graded("carol", null, true, true, true, true);
    List<StudentGrade.ExerciseGrade> exercises = graded.exercises().stream()
        .map(e -> new StudentGrade.ExerciseGrade(e.id(), e.title(), e.status(), e.score(), e.maxScore(), e.checks(),
            e.id().equals("procEx2") ? "run 2: the grader's record of this run was removed or emptied" : null))
        .toList();
    StudentGrade flagged = new StudentGrade(graded.student(), graded.submitters(), graded.status(), graded.reason(),
        graded.seed(), graded.hash(), graded.score(), graded.maxScore(), exercises, graded.seconds());

    assertThat(GradebookCsv.render(List.of(flagged)).split("\r\n")[1])
        .endsWith(",graded,,1005,procEx2: run 2: the grader's record of this run was removed or emptied");
  }

  @Test
  void theResumeHashChangesWithTheSubmissionTheConfigTheGraderAndTheOptions() throws IOException {
    Path submission = Files.createDirectories(temp.resolve("alice"));
    Path config = Files.createDirectories(temp.resolve("config"));
    Files.writeString(submission.resolve("procEx.py"), "def procEx(): pass\n");
    Files.writeString(config.resolve("procEx.yaml"), "exercise: procEx\n");
    String first = ResumeHash.of(submission, config, "grader-1", "runs=8");

    assertThat(ResumeHash.of(submission, config, "grader-1", "runs=8")).isEqualTo(first);
    assertThat(ResumeHash.of(submission, config, "grader-2", "runs=8")).isNotEqualTo(first);
    assertThat(ResumeHash.of(submission, config, "grader-1", "runs=9")).isNotEqualTo(first);
    Files.writeString(config.resolve("procEx.yaml"), "exercise: procEx\nruns: 3\n");
    String configChanged = ResumeHash.of(submission, config, "grader-1", "runs=8");
    assertThat(configChanged).isNotEqualTo(first);
    Files.writeString(submission.resolve("procEx.py"), "def procEx(): return\n");
    assertThat(ResumeHash.of(submission, config, "grader-1", "runs=8")).isNotEqualTo(configChanged);
  }

  /**
   * What --resume hashes is read by bytes and never stops the class: names that differ only in a
   * byte that is not UTF-8 hash apart, and a chain of folders deeper than a path may be long is
   * hashed, not thrown.
   */
  @Test
  void theResumeHashReadsNamesByTheirBytesAndAnyDepth() throws Exception {
    Path config = Files.createDirectories(temp.resolve("config"));
    Path first = Files.createDirectories(temp.resolve("first"));
    Path second = Files.createDirectories(temp.resolve("second"));
    OddNames.make(first, "open(b'a\\xff.py', 'w')");
    OddNames.make(second, "open(b'a\\xfe.py', 'w')");

    assertThat(ResumeHash.of(first, config, "g", "o")).isNotEqualTo(ResumeHash.of(second, config, "g", "o"));

    OddNames.make(first, "import os\nfor _ in range(3000):\n    os.mkdir('ab'); os.chdir('ab')");
    assertThat(ResumeHash.of(first, config, "g", "o")).hasSize(64).isEqualTo(ResumeHash.of(first, config, "g", "o"));
    FileTrees.delete(first.resolve("ab"));
  }
}

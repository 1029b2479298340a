package parproc.grader.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.HarnessException;
import parproc.grader.runs.ProbeFiles;
import parproc.grader.runs.ProcessRunner;
import parproc.grader.runs.PythonInterpreter;
import parproc.grader.testing.ShippedConfig;

/**
 * The survey of a submission's files is untrusted work: it runs caged and limited as a run does,
 * its patterns are linear, a file over the limit is named and not read, and a file that exhausts
 * the parser costs only itself.
 */
class SurveyTests {

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

  private void correctProcEx() throws IOException {
    Files.copy(ShippedConfig.home().resolve("reference-solutions/procEx.py"), folder.resolve("procEx.py"));
  }

  @Test
  void aFileJustOverTheLimitIsNamedWithItsBytes() throws Exception {
    correctProcEx();
    Files.writeString(folder.resolve("lab.py"), "#".repeat(1_000_001));
    Submission submission = Submission.survey(folder, runner);
    try {
      assertThat(submission.files()).extracting(SurveyedFile::file, SurveyedFile::unread)
          .contains(tuple("lab.py", "1,000,001 bytes, over the 1 MB limit for a source file"));
    } finally {
      submission.discard();
    }
  }

  @Test
  void aFileOverTheLimitIsNamedAndNotRead() throws Exception {
    correctProcEx();
    Files.writeString(folder.resolve("lab.py"), "a = 1\n".repeat(700_000));
    Submission submission = Submission.survey(folder, runner);
    try {
      assertThat(submission.files()).extracting(SurveyedFile::file, SurveyedFile::unread)
          .containsExactly(tuple("lab.py", "4.2 MB, over the 1 MB limit for a source file"),
              tuple("procEx.py", null));
      assertThat(submission.locate("sendName", null)).isInstanceOfSatisfying(Submission.Location.Missing.class,
          missing -> assertThat(missing.message())
              .endsWith("(lab.py was not read: 4.2 MB, over the 1 MB limit for a source file)"));
      assertThat(submission.locate("procEx", null)).isInstanceOf(Submission.Location.Found.class);
    } finally {
      submission.discard();
    }
  }

  @Test
  void aSyntaxErrorAmongManyBlankLinesIsSurveyedAtOnce() throws Exception {
    Files.writeString(folder.resolve("blank.py"), "def procEx(:\n" + "\n".repeat(300_000) + "print 'x'\n");
    long start = System.nanoTime();
    Submission submission = Submission.survey(folder, runner);
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      SurveyedFile file = submission.files().get(0);
      assertThat(file.error()).isNotNull();
      assertThat(file.functions()).extracting(SurveyedFile.Definition::name).containsExactly("procEx");
      // Within the survey's own time limit: the patterns are linear (this took 98 s when quadratic).
      assertThat(seconds).isLessThan(Submission.SURVEY_TIME.toSeconds());
    } finally {
      submission.discard();
    }
  }

  @Test
  void aFileThatExhaustsTheParserCostsOnlyItself() throws Exception {
    correctProcEx();
    // Under the size limit, but its quarter of a million statements take the parser past the
    // memory of a run: the survey of the whole folder fails, and each file is surveyed alone.
    Files.writeString(folder.resolve("huge.py"), "a=1\n".repeat(249_000));
    Submission submission = Submission.survey(folder, runner);
    try {
      assertThat(submission.files()).extracting(SurveyedFile::file).containsExactly("huge.py", "procEx.py");
      assertThat(submission.files().get(0).unread()).startsWith("Python's parser");
      assertThat(submission.locate("procEx", null)).isInstanceOf(Submission.Location.Found.class);
    } finally {
      submission.discard();
    }
  }
}

package parproc.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.grading.Grader;
import parproc.grader.grading.GradingRequest;
import parproc.grader.reports.Format;
import parproc.grader.testing.ShippedConfig;

/**
 * Stopping a class grading as Ctrl-C does (its shutdown hook calls {@code stop}): the students
 * finished so far are in the gradebook, and nothing graded after the stop is written. And what a
 * student's grading unpacked goes as that student ends.
 */
class ClassGradingTests {

  @TempDir
  Path temp;

  @Test
  void stoppingKeepsTheFinishedStudentsAndWritesNothingAfter() throws Exception {
    Path classFolder = Files.createDirectories(temp.resolve("class"));
    for (int i = 1; i <= 6; i++) {
      Path student = Files.createDirectories(classFolder.resolve("student" + i));
      Files.copy(ShippedConfig.home().resolve("reference-solutions/procEx.py"), student.resolve("procEx.py"));
    }
    Path output = temp.resolve("grades");
    GradingRequest base = GradingRequest.builder().home(ShippedConfig.home()).submission(classFolder)
        .exercise("procEx").runs(1).build();
    ClassGrading.Options options = new ClassGrading.Options(classFolder, output, base, 1, Shard.ALL, null, false,
        null, null, "test", null);
    try (Grader grader = Grader.open(1)) {
      ClassGrading grading = new ClassGrading(options, grader,
          new Progress(new PrintWriter(new StringWriter()), false, System::nanoTime));
      CompletableFuture<ClassGrading.Outcome> outcome = CompletableFuture.supplyAsync(() -> {
        try {
          return grading.run();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (new ClassOutput(output).readAll().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      grading.stop();
      long finishedAtStop = new ClassOutput(output).readAll().size();

      ClassGrading.Outcome stopped = outcome.get(120, TimeUnit.SECONDS);

      assertThat(stopped.stopped()).isTrue();
      assertThat(finishedAtStop).isBetween(1L, 5L);
      assertThat(new ClassOutput(output).readAll()).hasSize((int) finishedAtStop);
      String gradebook = Files.readString(output.resolve(ClassOutput.GRADEBOOK), StandardCharsets.UTF_8);
      assertThat(gradebook.split("\r\n")).hasSize((int) finishedAtStop + 1);
      assertThat(stopped.grades()).allSatisfy(g -> assertThat(g.score()).isEqualTo(10));
    }
  }

  /**
   * Each student's unpacked zip goes when that student ends, not when the class does: when the
   * progress line of a student is written, its folder is gone while a student still being graded
   * keeps its own; at the end nothing is left.
   */
  @Test
  void eachStudentsUnpackedZipIsRemovedWhenThatStudentEnds() throws Exception {
    Path classFolder = Files.createDirectories(temp.resolve("class"));
    String program = Files.readString(ShippedConfig.home().resolve("reference-solutions/procEx.py"));
    for (int i = 1; i <= 3; i++) {
      Zips.write(classFolder.resolve("student" + i + ".zip"), Map.of("work/procEx.py", program), Set.of());
    }
    Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
    // At each finished student's line: is its own folder there, and how many others are.
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Writer watching = new Writer() {
      private final StringBuilder text = new StringBuilder();

      @Override
      public synchronized void write(char[] buffer, int offset, int length) {
        text.append(buffer, offset, length);
        for (int end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n")) {
          Matcher line = Pattern.compile("] (student\\d): ").matcher(text.substring(0, end));
          text.delete(0, end + 1);
          if (line.find()) {
            seen.add(line.group(1) + (Files.exists(unpacked.resolve(line.group(1))) ? " kept" : " gone") + ", "
                + folders(unpacked) + " left");
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    GradingRequest base = GradingRequest.builder().home(ShippedConfig.home()).submission(classFolder)
        .exercise("procEx").runs(1).build();
    ClassGrading.Options options = new ClassGrading.Options(classFolder, temp.resolve("grades"), base, 1, Shard.ALL,
        null, false, null, null, "test", Format.TEXT);

    ClassGrading.Outcome outcome;
    try (Grader grader = Grader.open(1)) {
      outcome = new ClassGrading(options, grader, new Progress(new PrintWriter(watching, true), false, System::nanoTime))
          .run(unpacked);
    }

    assertThat(outcome.grades()).as(outcome.grades().toString()).extracting(StudentGrade::score)
        .containsExactly(10, 10, 10);
    assertThat(seen).hasSize(3).allSatisfy(line -> assertThat(line).contains(" gone, "));
    // Three students share two threads: the third starts only once the first has ended, so its
    // zip is still unpacked then; when the last ends, none is.
    assertThat(seen.get(0)).doesNotEndWith(" 0 left");
    assertThat(seen.get(2)).endsWith(" gone, 0 left");
    assertThat(unpacked).doesNotExist();
  }

  private static long folders(Path folder) {
    try (var entries = Files.list(folder)) {
      return entries.count();
    } catch (IOException e) {
      return -1;
    }
  }
}

package parproc.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.grading.Grader;
import parproc.grader.grading.GradingRequest;
import parproc.grader.testing.ShippedConfig;

/**
 * Stopping a class grading as Ctrl-C does (its shutdown hook calls {@code stop}): the students
 * finished so far are in the gradebook, and nothing graded after the stop is written.
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
}

package parproc.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.reports.JsonReport;
import parproc.grader.results.GradeReport;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.RawRun;
import parproc.grader.runs.Recording;
import parproc.grader.testing.Grading;
import parproc.grader.testing.ShippedConfig;

/** Recording apart from reporting: saved runs give the same report again, and seeds reproduce inputs. */
class RecordingTests {

  @TempDir
  Path folder;

  private static GradingRequest request(Path submission, long seed, Path record, Path replay) {
    return GradingRequest.builder().submission(submission).config(ShippedConfig.home().resolve("grading-config"))
        .exercises(List.of("manyGreetings2", "addTwoPar")).runs(7).seed(seed).record(record).replay(replay).build();
  }

  @Test
  void aReplayedRecordingGivesTheSameReport() throws Exception {
    Path submission = ShippedConfig.home().resolve("reference-solutions");
    Path saved = folder.resolve("saved");

    GradeReport live = Grading.grade(request(submission, 99, saved, null));
    GradeReport replayed = Grading.grade(request(submission, 0, null, saved));

    assertThat(Files.list(saved).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("addTwoPar.json", "manyGreetings2.json", "session.json");
    assertThat(JsonReport.render(replayed)).isEqualTo(JsonReport.render(live));
  }

  @Test
  void theSameSeedGivesTheSameInputsAndAnotherSeedOthers() throws Exception {
    Path submission = ShippedConfig.home().resolve("reference-solutions");
    Grading.grade(request(submission, 5, folder.resolve("a"), null));
    Grading.grade(request(submission, 5, folder.resolve("b"), null));
    Grading.grade(request(submission, 6, folder.resolve("c"), null));

    List<Map<String, String>> a = inputs(folder.resolve("a"));
    assertThat(inputs(folder.resolve("b"))).isEqualTo(a);
    assertThat(inputs(folder.resolve("c"))).isNotEqualTo(a);
    // The hand-picked cases come first, whatever the seed.
    assertThat(a.get(0)).containsEntry("a", "3").containsEntry("b", "4");
    assertThat(a.get(7)).containsEntry("name", "Jimmy").containsEntry("count", "3");
  }

  @Test
  void aRecordingOfAnotherFormatIsRefusedNamingBothFormats() throws Exception {
    Path recordings = ShippedConfig.home().resolve("harness/src/test/resources/recordings/garbled-but-correct");
    Path old = folder.resolve("old");
    Files.createDirectories(old);
    Files.copy(recordings.resolve("manyGreetings3.json"), old.resolve("manyGreetings3.json"));
    Files.writeString(old.resolve("session.json"), Files.readString(recordings.resolve("session.json"))
        .replace("parproc-recording/1", "parproc-recording/0"));

    GradeReport replayed = Grading.grade(request(ShippedConfig.home(), 0, null, old));

    assertThat(replayed.exercises()).isEmpty();
    assertThat(replayed.problems()).containsExactly("the recording " + old
        + " was made by format parproc-recording/0, this grader reads parproc-recording/1");
  }

  @Test
  void aProcessLeftRunningIsRecordedAndAnOlderRecordingReadsAsNoneLeft() throws Exception {
    Path stored = ShippedConfig.home().resolve("harness/src/test/resources/recordings/garbled-but-correct");
    assertThat(Files.readString(stored.resolve("manyGreetings3.json"))).doesNotContain("left_running");
    List<RawRun> older = new Recording(stored).readExercises().get(0).runs();
    assertThat(older).isNotEmpty().allMatch(run -> run.leftRunning().isEmpty());

    RawRun daemon = older.get(0).toBuilder().leftRunning(List.of(4242L, 4250L)).build();
    Recording saved = new Recording(folder.resolve("saved"));
    saved.write(new ExerciseRecording("manyGreetings3", "prog.py", null, null, 1, null, List.of(daemon)));

    assertThat(Files.readString(folder.resolve("saved/manyGreetings3.json"))).contains("\"left_running\"");
    assertThat(saved.readExercises().get(0).runs().get(0).leftRunning()).containsExactly(4242L, 4250L);
  }

  private static List<Map<String, String>> inputs(Path recording) throws Exception {
    return new Recording(recording).readExercises().stream()
        .map(ExerciseRecording::graded).flatMap(List::stream).map(RawRun::input).toList();
  }
}

package parproc.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import parproc.grader.reports.html.ReportPage;
import parproc.grader.reports.traceevents.TraceEvents;
import parproc.grader.runs.ExerciseRecording;
import parproc.grader.runs.HarnessException;
import parproc.grader.runs.Recording;
import parproc.grader.score.GradeReport;

/**
 * The recorded runs that the HTML page and the Trace Event export draw: the replayed recording,
 * the one asked for with --record, or one kept in a temporary folder for the pictures alone.
 */
final class RunPictures implements AutoCloseable {

  private final Path record;
  private final Path recorded;
  private final Path temporary;
  private Map<String, ExerciseRecording> recordings;
  private String page;

  private RunPictures(Path record, Path recorded, Path temporary) {
    this.record = record;
    this.recorded = recorded;
    this.temporary = temporary;
  }

  /** Where the runs will be; a temporary recording only when pictures are wanted and none is kept. */
  static RunPictures open(boolean wanted, Path record, Path replay) throws IOException {
    if (replay != null) {
      return new RunPictures(record, replay, null);
    }
    if (record != null || !wanted) {
      return new RunPictures(record, record, null);
    }
    Path temporary = Files.createTempDirectory("parproc-runs-");
    return new RunPictures(temporary, temporary, temporary);
  }

  /** The folder the grading records to, or null. */
  Path record() {
    return record;
  }

  Map<String, ExerciseRecording> recordings() {
    if (recordings == null) {
      recordings = new LinkedHashMap<>();
      if (recorded != null && Files.isDirectory(recorded)) {
        try {
          new Recording(recorded).readExercises().forEach(e -> recordings.put(e.exercise(), e));
        } catch (HarnessException e) {
          // The page still shows the grade; it says for each exercise that no run was recorded.
        }
      }
    }
    return recordings;
  }

  String page(GradeReport report) {
    if (page == null) {
      page = ReportPage.render(report, recordings());
    }
    return page;
  }

  void writeTraceEvents(Path folder) throws IOException {
    TraceEvents.write(folder, recordings().values());
  }

  @Override
  public void close() {
    if (temporary == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(temporary)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}

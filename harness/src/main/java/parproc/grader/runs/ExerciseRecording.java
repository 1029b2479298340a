package parproc.grader.runs;

import java.util.List;

/**
 * Everything recorded for one exercise of a grading: where its function was found (or why it
 * was not), and every run made.
 *
 * @param file the graded file, relative to the submission; null when not run
 * @param notRunReason a short reason when the exercise could not be run, else null
 * @param notRunMessage the message for the student when it could not be run, else null
 * @param seed the exercise's seed, derived from the grading's
 * @param note what the student should know about how the file was graded, or null
 */
public record ExerciseRecording(
    String exercise,
    String file,
    String notRunReason,
    String notRunMessage,
    long seed,
    String note,
    List<RawRun> runs) {

  public ExerciseRecording {
    runs = runs == null ? List.of() : List.copyOf(runs);
  }

  public List<RawRun> graded() {
    return runs.stream().filter(r -> r.purpose() == RunPurpose.GRADED).toList();
  }
}

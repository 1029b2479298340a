package parproc.grader.gradebook;

import java.util.ArrayList;
import java.util.List;
import parproc.grader.results.CheckResult;
import parproc.grader.results.ExerciseResult;
import parproc.grader.results.ExerciseStatus;
import parproc.grader.results.GradeReport;
import parproc.grader.results.OutcomeCount;

/**
 * One student's line of the gradebook and what the class report counts: scores per exercise and
 * check, or why there are none. Saved as {@code student.json} beside the student's reports, so
 * shards merge and {@code --resume} skips without grading again.
 *
 * @param status what became of the grading
 * @param reason why it is not a full grading, or null
 * @param seed the seed the student's grading used (repeat it alone with {@code --seed})
 * @param hash what {@code --resume} compares: submission, grading-config, grader and options
 * @param seconds wall time of the grading; not part of the gradebook
 */
public record StudentGrade(
    String student,
    List<Submitter> submitters,
    StudentStatus status,
    String reason,
    long seed,
    String hash,
    int score,
    int maxScore,
    List<ExerciseGrade> exercises,
    double seconds) {

  public StudentGrade {
    submitters = submitters == null ? List.of() : List.copyOf(submitters);
    exercises = exercises == null ? List.of() : List.copyOf(exercises);
  }

  /**
   * An exercise's score, its status in the JSON report's words, and its checks.
   *
   * @param interfered how a run of it interfered with the grader's own record, or null
   */
  public record ExerciseGrade(String id, String title, String status, int score, int maxScore, List<CheckGrade> checks,
      String interfered) {
    public ExerciseGrade {
      checks = checks == null ? List.of() : List.copyOf(checks);
    }
  }

  /** A check's result for one student: passed or not, its first failure's message, its outcomes. */
  public record CheckGrade(String id, String description, int points, boolean passed, String message,
      List<OutcomeCount> histogram) {
    public CheckGrade {
      histogram = histogram == null ? List.of() : List.copyOf(histogram);
    }
  }

  /** The grade of a student whose grading finished. */
  public static StudentGrade of(Student student, GradeReport report, String hash, double seconds) {
    List<ExerciseGrade> exercises = report.exercises().stream().map(StudentGrade::exercise).toList();
    StudentStatus status = report.complete() ? StudentStatus.GRADED : StudentStatus.INCOMPLETE;
    String reason = student.note();
    if (!report.complete()) {
      List<String> why = new ArrayList<>(report.problems());
      report.exercises().stream().filter(e -> e.status() == ExerciseStatus.CONFIG_ERROR
              || e.status() == ExerciseStatus.HARNESS_ERROR)
          .forEach(e -> why.add(e.id() + ": " + e.message()));
      reason = String.join("; ", why);
    }
    return new StudentGrade(student.name(), student.submitters(), status, reason, report.seed(), hash,
        report.score(), report.maxScore(), exercises, seconds);
  }

  /** The row of a student whose grading did not finish, or could not start. */
  public static StudentGrade notGraded(Student student, StudentStatus status, String reason, long seed, String hash,
      double seconds) {
    return new StudentGrade(student.name(), student.submitters(), status, reason, seed, hash, 0, 0, List.of(), seconds);
  }

  private static ExerciseGrade exercise(ExerciseResult exercise) {
    List<CheckGrade> checks = exercise.checks().stream().map(check -> check(exercise, check)).toList();
    return new ExerciseGrade(exercise.id(), exercise.title(),
        exercise.status().name().toLowerCase().replace('_', '-'), exercise.score(), exercise.maxScore(), checks,
        exercise.interfered());
  }

  private static CheckGrade check(ExerciseResult exercise, CheckResult check) {
    boolean judged = exercise.status() == ExerciseStatus.GRADED
        || exercise.status() == ExerciseStatus.HARNESS_ERROR;
    String message = !judged ? exercise.message()
        : check.firstFailure() != null ? check.firstFailure().message() : check.passed() ? null : check.note();
    return new CheckGrade(check.id(), check.description(), check.points(), judged && check.passed(), message,
        check.histogram());
  }

  /** How the student's submission interfered with the grader, exercise by exercise ("procEx: run 2: ..."). */
  public List<String> interference() {
    return exercises.stream().filter(e -> e.interfered() != null).map(e -> e.id() + ": " + e.interfered()).toList();
  }

  /** The submitters' names, or the folder name when none is known. */
  public String displayName() {
    return new Student(student, null, submitters, null).displayName();
  }

  /** Whether {@code --resume} may keep this result: a grading that ended on its own. */
  public boolean finished() {
    return status == StudentStatus.GRADED || status == StudentStatus.INCOMPLETE || status == StudentStatus.UNREADABLE;
  }
}
